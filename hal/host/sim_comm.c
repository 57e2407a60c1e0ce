/* The host board's communication peripherals: I2S (and a tone source),
   CAN (two controllers on one simulated bus), a UART on a host pty.
   Included at the end of hal_host.c (one translation unit, see sim.h).

   I2S: TX bytes are consumed and counted (sim_get(I2S_TONE, id, 0, 1));
   RX reads an I2S_TONE part's sine (param 0 Hz, param 1 amplitude in 1/1000
   of full scale, default 500; the phase starts at the controller's init) or
   silence.  Transfers move whole frames and take their play time.

   CAN: classic CAN on one bus.  A NORMAL node's frame needs an ack from
   another node in NORMAL or LOOPBACK mode; LOOPBACK also receives its own
   frames and needs no ack; SILENT_LOOPBACK only receives its own frames
   (nothing on the bus); SILENT nodes receive but never ack, and their send
   is -EIO; SLEEP nodes neither send nor receive (their sends stay queued).
   An unacknowledged frame is retransmitted at once, each attempt TEC += 8,
   until the node is error passive (TEC 128; ack errors then no longer
   count); it stays queued and is retried when a node is initialised.
   mp_hal_sim_can_errors(n): the next n attempts fail with a bit error
   (TEC += 8, receivers REC += 1, retried at once; TEC > 255: bus off).

   UART_PTY: a host pseudo-terminal wired to a UART (raw mode). */
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

/* ------------------------------------------------------------ I2S */

#define NI2S 2

static struct {
    struct {
        int on, mode, bits, ch;
        long long rate, frames;     /* frames moved since init */
        long long sent;             /* bytes sent since mp_hal_init */
    } i2s[NI2S];
    struct { int on; long long freq, amp; } tone[NI2S];
} si;

/* sin(2 pi x / d) for 0 <= x < d, without libm */
static double sim_sin_turn(long long x, long long d)
{
    const double pi = 3.14159265358979323846;
    double a = 2.0 * pi * (double)x / (double)d, a2, s, t;
    int k;
    if (a > pi)
        a -= 2.0 * pi;              /* -pi .. pi */
    if (a > pi / 2)
        a = pi - a;
    else if (a < -pi / 2)
        a = -pi - a;                /* -pi/2 .. pi/2 */
    a2 = a * a;
    s = t = a;
    for (k = 1; k < 10; k++) {
        t = -t * a2 / (double)((2 * k) * (2 * k + 1));
        s += t;
    }
    return s;
}

int mp_hal_i2s_init(int id, int mode, int bits, int channels, long long rate,
                    int sck, int ws, int sd)
{
    ready();
    if (id < 0 || id >= NI2S || (mode != 0 && mode != 1)
        || (bits != 16 && bits != 32) || (channels != 1 && channels != 2)
        || rate < 1000 || rate > 192000 || sck < -1 || sck >= NPINS
        || ws < -1 || ws >= NPINS || sd < -1 || sd >= NPINS)
        return -EINVAL;
    si.i2s[id].on = 1;
    si.i2s[id].mode = mode;
    si.i2s[id].bits = bits;
    si.i2s[id].ch = channels;
    si.i2s[id].rate = rate;
    si.i2s[id].frames = 0;
    return 0;
}

int mp_hal_i2s_deinit(int id)
{
    ready();
    if (id < 0 || id >= NI2S)
        return -EINVAL;
    si.i2s[id].on = 0;
    return 0;
}

/* whole frames of len bytes, or -EINVAL; moves the clock by their play
   time (from the frame count, so the chunks of a stream add up exactly) */
static int i2s_move(int id, int mode, const void *buf, int len)
{
    int fb, n;
    long long f0, us0, us1;
    if (id < 0 || id >= NI2S || !si.i2s[id].on || si.i2s[id].mode != mode
        || len < 0 || (len && !buf))
        return -EINVAL;
    fb = si.i2s[id].bits / 8 * si.i2s[id].ch;
    n = len / fb;
    f0 = si.i2s[id].frames;
    us0 = f0 * 1000000 / si.i2s[id].rate;
    us1 = (f0 + n) * 1000000 / si.i2s[id].rate;
    si.i2s[id].frames = f0 + n;
    if (us1 > us0)
        mp_hal_delay_us(us1 - us0);
    return n * fb;
}

int mp_hal_i2s_write(int id, const unsigned char *buf, int len)
{
    struct sim_line l;
    int n;
    ready();
    n = i2s_move(id, 0, buf, len);
    if (n < 0)
        return n;
    si.i2s[id].sent += n;
    l.n = 0;
    sim_line_add(&l, "i2s%d W %d bytes", id, n);
    sim_line_hex(&l, buf, n);
    sim_trace_text(l.s);
    return n;
}

int mp_hal_i2s_read(int id, unsigned char *buf, int len)
{
    long long f0, f, full, v, freq, rate;
    double amp;
    int n, bytes, c, k, pos = 0;
    ready();
    if (id >= 0 && id < NI2S)
        f0 = si.i2s[id].frames;
    else
        f0 = 0;
    n = i2s_move(id, 1, buf, len);
    if (n <= 0)
        return n;
    bytes = si.i2s[id].bits / 8;
    full = bytes == 2 ? 32767LL : 2147483647LL;
    freq = si.tone[id].freq;
    rate = si.i2s[id].rate;
    amp = si.tone[id].on ? (double)si.tone[id].amp / 1000.0 : 0.0;
    for (f = f0; pos < n; f++) {
        double s = amp == 0.0 ? 0.0
            : amp * sim_sin_turn((freq % rate) * (f % rate) % rate, rate);
        v = (long long)(s * (double)full + (s < 0 ? -0.5 : 0.5));
        for (c = 0; c < si.i2s[id].ch; c++)
            for (k = 0; k < bytes; k++)
                buf[pos++] = (unsigned char)(((unsigned long long)v >> (8 * k))
                                             & 0xFF);
    }
    return n;
}

/* ------------------------------------------------------------ CAN */

#define NCAN 2
#define CAN_EVQ 32

struct can_msg {
    long long ident;
    int flags, len;
    unsigned char d[8];
};

struct can_tx {
    int used;
    long long seq;              /* queue order among equal priorities */
    struct can_msg m;
};

struct can {
    int on, mode, state;
    long long bitrate;
    int tec, rec;
    long long to_warn, to_pass, to_off, overruns;
    int nfilt;                  /* -1: all, 0: none, else filters 0..n-1 */
    struct { long long ident, mask; int flags; } filt[MP_HAL_CAN_FILTERS];
    struct can_tx tx[MP_HAL_CAN_TX_QUEUE];
    long long seq;
    struct can_msg rx[MP_HAL_CAN_RX_QUEUE];
    int rx_head, rx_len, overrun;
    int ev[CAN_EVQ];
    int ev_head, ev_len;
};

static struct {
    struct can c[NCAN];
    int errors;                 /* attempts still to fail (bit errors) */
} cn;

static struct can *can_of(int id)
{
    ready();
    if (id < 0 || id >= NCAN || !cn.c[id].on)
        return NULL;
    return &cn.c[id];
}

static void can_event(struct can *c, int ev)
{
    if (c->ev_len < CAN_EVQ)
        c->ev[(c->ev_head + c->ev_len++) % CAN_EVQ] = ev;
}

static void can_drop_tx(struct can *c)
{
    int i;
    for (i = 0; i < MP_HAL_CAN_TX_QUEUE; i++)
        c->tx[i].used = 0;
}

/* the state from the error counters (bus off stays until a restart) */
static void can_update_state(struct can *c)
{
    int s;
    if (c->state == MP_HAL_CAN_STATE_BUS_OFF)
        return;
    if (c->tec > 255)
        s = MP_HAL_CAN_STATE_BUS_OFF;
    else if (c->tec >= 128 || c->rec >= 128)
        s = MP_HAL_CAN_STATE_PASSIVE;
    else if (c->tec >= 96 || c->rec >= 96)
        s = MP_HAL_CAN_STATE_WARNING;
    else
        s = MP_HAL_CAN_STATE_ACTIVE;
    if (s == c->state)
        return;
    if (s == MP_HAL_CAN_STATE_WARNING && c->state == MP_HAL_CAN_STATE_ACTIVE)
        c->to_warn++;           /* counted from active only, as documented */
    else if (s == MP_HAL_CAN_STATE_PASSIVE)
        c->to_pass++;
    else if (s == MP_HAL_CAN_STATE_BUS_OFF) {
        c->to_off++;
        can_drop_tx(c);
    }
    c->state = s;
    can_event(c, MP_HAL_CAN_IRQ_STATE);
}

static int can_match(struct can *c, const struct can_msg *m)
{
    int i;
    if (c->nfilt < 0)
        return 1;
    for (i = 0; i < c->nfilt; i++) {
        if ((m->ident & c->filt[i].mask)
                == (c->filt[i].ident & c->filt[i].mask)
            && (m->flags & MP_HAL_CAN_FLAG_EXT_ID)
                == (c->filt[i].flags & MP_HAL_CAN_FLAG_EXT_ID)
            && (!(c->filt[i].flags & MP_HAL_CAN_FLAG_RTR)
                || (m->flags & MP_HAL_CAN_FLAG_RTR)))
            return 1;
    }
    return 0;
}

static void can_deliver(struct can *c, const struct can_msg *m)
{
    if (!can_match(c, m))
        return;
    if (c->rx_len == MP_HAL_CAN_RX_QUEUE) {
        c->overruns++;
        c->overrun = 1;
    } else {
        c->rx[(c->rx_head + c->rx_len++) % MP_HAL_CAN_RX_QUEUE] = *m;
        can_event(c, MP_HAL_CAN_IRQ_RX);
    }
    if (c->rec > 0)
        c->rec--;
    can_update_state(c);
}

static int can_listens(const struct can *c)
{
    return c->on && (c->mode == MP_HAL_CAN_NORMAL
                     || c->mode == MP_HAL_CAN_LOOPBACK
                     || c->mode == MP_HAL_CAN_SILENT);
}

static int can_acks(const struct can *c)
{
    return c->on && (c->mode == MP_HAL_CAN_NORMAL
                     || c->mode == MP_HAL_CAN_LOOPBACK);
}

/* arbitration order: lower wins; a standard id beats an extended one with
   the same 11 leading bits, a data frame beats a remote one */
static long long can_prio(const struct can_msg *m)
{
    long long k = (m->flags & MP_HAL_CAN_FLAG_EXT_ID)
        ? (m->ident << 1) | 1 : m->ident << 19;
    return k << 1 | ((m->flags & MP_HAL_CAN_FLAG_RTR) ? 1 : 0);
}

static int can_next_tx(struct can *c)
{
    int i, best = -1;
    for (i = 0; i < MP_HAL_CAN_TX_QUEUE; i++) {
        if (!c->tx[i].used)
            continue;
        if (best < 0 || can_prio(&c->tx[i].m) < can_prio(&c->tx[best].m)
            || (can_prio(&c->tx[i].m) == can_prio(&c->tx[best].m)
                && c->tx[i].seq < c->tx[best].seq))
            best = i;
    }
    return best;
}

static void can_trace(int id, const struct can_msg *m, const char *what)
{
    struct sim_line l;
    l.n = 0;
    if (m->flags & MP_HAL_CAN_FLAG_EXT_ID)
        sim_line_add(&l, "can%d T %08llx", id, m->ident);
    else
        sim_line_add(&l, "can%d T %03llx", id, m->ident);
    if (m->flags & MP_HAL_CAN_FLAG_RTR)
        sim_line_add(&l, " R");
    sim_line_add(&l, " [%d]", m->len);
    if (!(m->flags & MP_HAL_CAN_FLAG_RTR))
        sim_line_hex(&l, m->d, m->len);
    if (what)
        sim_line_add(&l, " %s", what);
    sim_trace_text(l.s);
}

/* send what controller id has queued, as far as the bus lets it */
static void can_run(int id)
{
    struct can *c = &cn.c[id];
    int i, j;
    while (c->on && c->state != MP_HAL_CAN_STATE_BUS_OFF
           && (i = can_next_tx(c)) >= 0) {
        struct can_msg m = c->tx[i].m;
        if (c->mode == MP_HAL_CAN_SLEEP || c->mode == MP_HAL_CAN_SILENT)
            return;
        if (c->mode == MP_HAL_CAN_SILENT_LOOPBACK) {
            /* internal only: nothing on the bus */
        } else if (cn.errors > 0) {
            cn.errors--;
            can_trace(id, &m, "BIT ERROR");
            for (j = 0; j < NCAN; j++) {
                if (j != id && can_listens(&cn.c[j])) {
                    if (cn.c[j].rec < 255)
                        cn.c[j].rec++;
                    can_update_state(&cn.c[j]);
                }
            }
            c->tec += 8;
            can_update_state(c);
            continue;           /* retried at once */
        } else {
            int acked = c->mode == MP_HAL_CAN_LOOPBACK;
            for (j = 0; j < NCAN; j++)
                if (j != id && can_acks(&cn.c[j]))
                    acked = 1;
            if (!acked) {
                can_trace(id, &m, "NOACK");
                /* retransmitted at once until error passive; an ack error
                   in error passive does not raise TEC */
                while (c->state != MP_HAL_CAN_STATE_PASSIVE) {
                    c->tec = c->tec + 8 > 128 ? 128 : c->tec + 8;
                    can_update_state(c);
                }
                return;
            }
            can_trace(id, &m, NULL);
            for (j = 0; j < NCAN; j++)
                if (j != id && can_listens(&cn.c[j]))
                    can_deliver(&cn.c[j], &m);
        }
        c->tx[i].used = 0;
        if (c->tec > 0)
            c->tec--;
        can_event(c, MP_HAL_CAN_IRQ_TX | i << MP_HAL_CAN_IRQ_TX_IDX_SHIFT);
        can_update_state(c);
        if (c->mode == MP_HAL_CAN_LOOPBACK
            || c->mode == MP_HAL_CAN_SILENT_LOOPBACK)
            can_deliver(c, &m);
    }
}

static void can_run_others(int id)
{
    int j;
    for (j = 0; j < NCAN; j++)
        if (j != id)
            can_run(j);
}

int mp_hal_can_init(int id, long long bitrate, int mode)
{
    struct can *c;
    ready();
    if (id < 0 || id >= NCAN || bitrate < 1000 || bitrate > 1000000
        || mode < 0 || mode > 4)
        return -EINVAL;
    c = &cn.c[id];
    memset(c, 0, sizeof *c);
    c->on = 1;
    c->mode = mode;
    c->bitrate = bitrate;
    c->state = MP_HAL_CAN_STATE_ACTIVE;
    can_run_others(id);
    return 0;
}

int mp_hal_can_deinit(int id)
{
    ready();
    if (id < 0 || id >= NCAN)
        return -EINVAL;
    memset(&cn.c[id], 0, sizeof cn.c[id]);
    return 0;
}

static int can_ident_ok(long long ident, int flags)
{
    return ident >= 0 && ident <= ((flags & MP_HAL_CAN_FLAG_EXT_ID)
                                   ? 0x1FFFFFFFLL : 0x7FFLL);
}

int mp_hal_can_set_filter(int id, int index, long long ident, long long mask,
                          int flags)
{
    struct can *c = can_of(id);
    if (!c || index < 0 || index >= MP_HAL_CAN_FILTERS
        || (flags & ~(MP_HAL_CAN_FLAG_RTR | MP_HAL_CAN_FLAG_EXT_ID))
        || !can_ident_ok(ident, flags) || !can_ident_ok(mask, flags))
        return -EINVAL;
    c->filt[index].ident = ident;
    c->filt[index].mask = mask;
    c->filt[index].flags = flags;
    return 0;
}

int mp_hal_can_filters(int id, int n)
{
    struct can *c = can_of(id);
    if (!c || n < -1 || n > MP_HAL_CAN_FILTERS)
        return -EINVAL;
    c->nfilt = n;
    return 0;
}

int mp_hal_can_send(int id, long long ident, const unsigned char *data,
                    int len, int flags)
{
    struct can *c;
    int i, slot = -1;
    ready();
    if (id < 0 || id >= NCAN || len < 0 || len > 8 || (len && !data)
        || (flags & ~(MP_HAL_CAN_FLAG_RTR | MP_HAL_CAN_FLAG_EXT_ID
                      | MP_HAL_CAN_FLAG_UNORDERED))
        || !can_ident_ok(ident, flags))
        return -EINVAL;
    c = &cn.c[id];
    if (!c->on || c->state == MP_HAL_CAN_STATE_BUS_OFF
        || c->mode == MP_HAL_CAN_SILENT)
        return -EIO;
    for (i = 0; i < MP_HAL_CAN_TX_QUEUE; i++) {
        if (!c->tx[i].used) {
            if (slot < 0)
                slot = i;
        } else if (!(flags & MP_HAL_CAN_FLAG_UNORDERED)
                   && c->tx[i].m.ident == ident
                   && (c->tx[i].m.flags & MP_HAL_CAN_FLAG_EXT_ID)
                       == (flags & MP_HAL_CAN_FLAG_EXT_ID))
            return -EAGAIN;
    }
    if (slot < 0)
        return -EAGAIN;
    memset(&c->tx[slot], 0, sizeof c->tx[slot]);
    c->tx[slot].used = 1;
    c->tx[slot].seq = c->seq++;
    c->tx[slot].m.ident = ident;
    c->tx[slot].m.flags = flags & ~MP_HAL_CAN_FLAG_UNORDERED;
    c->tx[slot].m.len = len;
    if (!(flags & MP_HAL_CAN_FLAG_RTR))
        for (i = 0; i < len; i++)
            c->tx[slot].m.d[i] = data[i];
    can_run(id);
    return slot;
}

int mp_hal_can_recv(int id, unsigned char *frame)
{
    struct can *c = can_of(id);
    struct can_msg *m;
    int i;
    if (!c || !frame)
        return -EINVAL;
    if (c->rx_len == 0)
        return 0;
    m = &c->rx[c->rx_head];
    memset(frame, 0, 16);
    for (i = 0; i < 4; i++)
        frame[i] = (unsigned char)((m->ident >> (8 * i)) & 0xFF);
    frame[4] = (unsigned char)m->flags;
    frame[5] = (unsigned char)((c->overrun ? MP_HAL_CAN_RECV_ERR_OVERRUN : 0)
        | (c->rx_len == MP_HAL_CAN_RX_QUEUE ? MP_HAL_CAN_RECV_ERR_FULL : 0));
    frame[6] = (unsigned char)m->len;
    for (i = 0; i < 8; i++)
        frame[8 + i] = m->d[i];
    c->overrun = 0;
    c->rx_head = (c->rx_head + 1) % MP_HAL_CAN_RX_QUEUE;
    c->rx_len--;
    return 1;
}

int mp_hal_can_cancel(int id, int index)
{
    struct can *c = can_of(id);
    if (!c || index < 0 || index >= MP_HAL_CAN_TX_QUEUE)
        return -EINVAL;
    if (!c->tx[index].used)
        return 0;
    c->tx[index].used = 0;
    can_event(c, MP_HAL_CAN_IRQ_TX | MP_HAL_CAN_IRQ_TX_FAILED
              | index << MP_HAL_CAN_IRQ_TX_IDX_SHIFT);
    return 1;
}

int mp_hal_can_state(int id)
{
    ready();
    if (id < 0 || id >= NCAN)
        return -EINVAL;
    return cn.c[id].on ? cn.c[id].state : MP_HAL_CAN_STATE_STOPPED;
}

long long mp_hal_can_counter(int id, int which)
{
    struct can *c;
    int i, n = 0;
    ready();
    if (id < 0 || id >= NCAN)
        return -EINVAL;
    c = &cn.c[id];
    switch (which) {
    case 0: return c->tec > 255 ? 255 : c->tec;
    case 1: return c->rec;
    case 2: return c->to_warn;
    case 3: return c->to_pass;
    case 4: return c->to_off;
    case 5:
        for (i = 0; i < MP_HAL_CAN_TX_QUEUE; i++)
            n += c->tx[i].used;
        return n;
    case 6: return c->rx_len;
    case 7: return c->overruns;
    }
    return -EINVAL;
}

int mp_hal_can_restart(int id)
{
    struct can *c = can_of(id);
    if (!c)
        return -EINVAL;
    can_drop_tx(c);
    c->tec = c->rec = 0;
    c->to_warn = c->to_pass = c->to_off = 0;
    if (c->state != MP_HAL_CAN_STATE_ACTIVE) {
        c->state = MP_HAL_CAN_STATE_ACTIVE;
        can_event(c, MP_HAL_CAN_IRQ_STATE);
    }
    can_run_others(id);
    return 0;
}

int mp_hal_can_irq_pop(int id)
{
    struct can *c;
    int ev;
    ready();
    if (id < 0 || id >= NCAN)
        return -EINVAL;
    c = &cn.c[id];
    if (c->ev_len == 0)
        return 0;
    ev = c->ev[c->ev_head];
    c->ev_head = (c->ev_head + 1) % CAN_EVQ;
    c->ev_len--;
    return ev;
}

int mp_hal_sim_can_errors(int n)
{
    ready();
    if (n < 0)
        return -EINVAL;
    cn.errors = n;
    return 0;
}

/* ------------------------------------------------------------ UART_PTY */

static struct {
    int on, master, slave;
    char name[128];
} pty[NUART];

static int pty_open(int uart)
{
    struct termios t;
    char *name;
    int m, s, fl;
    m = posix_openpt(O_RDWR | O_NOCTTY);
    if (m < 0)
        return -errno;
    if (grantpt(m) < 0 || unlockpt(m) < 0 || !(name = ptsname(m))
        || strlen(name) >= sizeof pty[uart].name) {
        close(m);
        return -EIO;
    }
    strcpy(pty[uart].name, name);
    /* our own slave fd: the master never sees EIO, whoever opens the name */
    s = open(name, O_RDWR | O_NOCTTY);
    if (s < 0) {
        close(m);
        return -EIO;
    }
    if (tcgetattr(s, &t) == 0) {            /* raw, as cfmakeraw does */
        t.c_iflag &= ~(tcflag_t)(IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR
                                 | IGNCR | ICRNL | IXON);
        t.c_oflag &= ~(tcflag_t)OPOST;
        t.c_lflag &= ~(tcflag_t)(ECHO | ECHONL | ICANON | ISIG | IEXTEN);
        t.c_cflag &= ~(tcflag_t)(CSIZE | PARENB);
        t.c_cflag |= CS8;
        t.c_cc[VMIN] = 1;
        t.c_cc[VTIME] = 0;
        tcsetattr(s, TCSANOW, &t);
    }
    fl = fcntl(m, F_GETFL);
    fcntl(m, F_SETFL, fl | O_NONBLOCK);
    pty[uart].master = m;
    pty[uart].slave = s;
    pty[uart].on = 1;
    return 0;
}

/* from the UART section of sim_periph.c: bytes the UART sends, and taking
   what the pty has into the UART's receive buffer */
static void sim_comm_uart_push(int id, const unsigned char *buf, int len)
{
    int done = 0;
    ssize_t k;
    if (id < 0 || id >= NUART || !pty[id].on)
        return;
    while (done < len) {
        k = write(pty[id].master, buf + done, (size_t)(len - done));
        if (k <= 0)
            break;              /* what does not fit is dropped */
        done += (int)k;
    }
}

static void sim_comm_uart_pull(int id, struct uart *u)
{
    unsigned char tmp[256];
    ssize_t k;
    int i, room;
    if (id < 0 || id >= NUART || !pty[id].on)
        return;
    for (;;) {
        room = UART_BUF - u->len;
        if (room <= 0)
            return;
        k = read(pty[id].master, tmp,
                 (size_t)(room < (int)sizeof tmp ? room : (int)sizeof tmp));
        if (k <= 0)
            return;
        for (i = 0; i < (int)k; i++)
            u->buf[(u->head + u->len++) % UART_BUF] =
                (unsigned char)(u->bits == 7 ? tmp[i] & 0x7F : tmp[i]);
    }
}

int mp_hal_sim_pty_name(int uart, char *buf, int len)
{
    int n;
    ready();
    if (uart < 0 || uart >= NUART || !buf || len <= 0)
        return -EINVAL;
    if (!pty[uart].on)
        return -ENODEV;
    n = (int)strlen(pty[uart].name);
    if (n > len - 1)
        n = len - 1;
    memcpy(buf, pty[uart].name, (size_t)n);
    buf[n] = 0;
    return n;
}

/* ------------------------------------------------------------ hooks */

static void sim_comm_reset(void)
{
    int i;
    for (i = 0; i < NUART; i++) {
        if (pty[i].on) {
            close(pty[i].master);
            close(pty[i].slave);
        }
    }
    memset(pty, 0, sizeof pty);
    memset(&si, 0, sizeof si);
    memset(&cn, 0, sizeof cn);
}

static int sim_comm_attach(int kind, int bus, int addr, long long arg)
{
    (void)addr;
    if (kind == MP_HAL_SIM_I2S_TONE) {
        if (bus < 0 || bus >= NI2S || arg < 0 || arg > 1000000)
            return -EINVAL;
        if (si.tone[bus].on)
            return -EBUSY;
        si.tone[bus].on = 1;
        si.tone[bus].freq = arg > 0 ? arg : 1000;
        si.tone[bus].amp = 500;
        return 0;
    }
    if (kind == MP_HAL_SIM_UART_PTY) {
        if (bus < 0 || bus >= NUART)
            return -EINVAL;
        if (pty[bus].on || sp.uart[bus].loop)
            return -EBUSY;
        return pty_open(bus);
    }
    return -EINVAL;
}

static int sim_comm_set(int kind, int bus, int addr, int param,
                        long long value, int apply)
{
    (void)addr;
    if (kind != MP_HAL_SIM_I2S_TONE || bus < 0 || bus >= NI2S
        || param < 0 || param > 1
        || (param == 0 && (value < 1 || value > 1000000))
        || (param == 1 && (value < 0 || value > 1000)))
        return -EINVAL;
    if (!si.tone[bus].on)
        return -ENODEV;
    if (apply) {
        if (param == 0)
            si.tone[bus].freq = value;
        else
            si.tone[bus].amp = value;
    }
    return 0;
}

static long long sim_comm_get(int kind, int bus, int addr, int param)
{
    (void)addr;
    if (kind != MP_HAL_SIM_I2S_TONE || bus < 0 || bus >= NI2S
        || param < 0 || param > 2)
        return -EINVAL;
    if (param == 1)
        return si.i2s[bus].sent;
    if (!si.tone[bus].on)
        return -ENODEV;
    return param == 0 ? si.tone[bus].freq : si.tone[bus].amp;
}
