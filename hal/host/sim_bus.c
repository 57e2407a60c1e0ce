/* The host board's I2C and SPI buses and the simulated parts on them:
   a Sensirion SHT3x sensor and a 24Cxx EEPROM (I2C), a 25-series SPI flash.
   Included at the end of hal_host.c (one translation unit, see sim.h). */

#define NBUS 4
#define MAX_PARTS 16
#define FLASH_PAGE 256
#define FLASH_SECTOR 4096
#define EE_PAGE 32

struct part {
    int kind, bus, addr;        /* addr: I2C address, or the CS pin */
    unsigned char *mem;         /* EEPROM / flash contents */
    long size;
    long ptr;                   /* EEPROM address counter; flash address */
    /* SHT3x */
    long long temp_mc, rh_mpc;  /* milli-degC, milli-%RH */
    int status;
    unsigned char out[6];       /* data waiting for a read */
    int nout;
    /* SPI flash: the transaction of the current CS-low period */
    int n;                      /* bytes so far */
    int cmd, wel, cmd_ok;
    unsigned char page[FLASH_PAGE];
};

static struct {
    struct part parts[MAX_PARTS];
    int nparts;
    struct { int on, scl, sda; long long freq; } i2c[NBUS];
    struct { int on, polarity, phase, firstbit; long long baud; } spi[NBUS];
} sb;

static void sim_bus_reset(void)
{
    int i;
    for (i = 0; i < sb.nparts; i++)
        free(sb.parts[i].mem);
    memset(&sb, 0, sizeof sb);
}

static struct part *find_part(int kind, int bus, int addr)
{
    int i;
    for (i = 0; i < sb.nparts; i++) {
        struct part *p = &sb.parts[i];
        if (p->kind == kind && p->bus == bus && p->addr == addr)
            return p;
    }
    return NULL;
}

static int is_i2c(int kind)
{
    return kind == MP_HAL_SIM_SHT3X || kind == MP_HAL_SIM_EEPROM24;
}

static struct part *i2c_part(int bus, int addr)
{
    int i;
    for (i = 0; i < sb.nparts; i++) {
        struct part *p = &sb.parts[i];
        if (is_i2c(p->kind) && p->bus == bus && p->addr == addr)
            return p;
    }
    return NULL;
}

/* ------------------------------------------------------------ SHT3x */

/* Sensirion's CRC-8: polynomial 0x31, init 0xFF */
static unsigned char crc8(const unsigned char *p, int n)
{
    unsigned char crc = 0xFF;
    int i, b;
    for (i = 0; i < n; i++) {
        crc ^= p[i];
        for (b = 0; b < 8; b++)
            crc = (unsigned char)(crc & 0x80 ? (crc << 1) ^ 0x31 : crc << 1);
    }
    return crc;
}

/* round(x * 65535 / span), clamped to 0..65535 */
static unsigned raw16(long long x, long long span)
{
    if (x <= 0)
        return 0;
    if (x >= span)
        return 65535;
    return (unsigned)((x * 65535 + span / 2) / span);
}

static void put_word(unsigned char *p, unsigned w)
{
    p[0] = (unsigned char)(w >> 8);
    p[1] = (unsigned char)w;
    p[2] = crc8(p, 2);
}

static int sht_write(struct part *p, const unsigned char *w, int n)
{
    int cmd;
    if (n < 2)
        return n;               /* a probe, or a command not finished */
    if (n > 2)
        return -EIO;            /* no command here takes data */
    cmd = w[0] << 8 | w[1];
    p->nout = 0;                /* a new command drops unread data */
    switch (cmd) {
    case 0x2400: case 0x240B: case 0x2416:      /* single shot */
    case 0x2C06: case 0x2C0D: case 0x2C10:      /* (clock stretching) */
        /* T = -45 + 175 * raw / 65535, RH = 100 * raw / 65535 */
        put_word(p->out, raw16(p->temp_mc + 45000, 175000));
        put_word(p->out + 3, raw16(p->rh_mpc, 100000));
        p->nout = 6;
        break;
    case 0xF32D:                                /* read status */
        put_word(p->out, (unsigned)p->status);
        p->nout = 3;
        break;
    case 0x3041:                                /* clear status */
        p->status = 0;
        break;
    case 0x30A2:                                /* soft reset */
        p->status = 0x8010;
        break;
    default:
        p->status |= 0x0002;    /* "last command not processed" */
        return -EIO;
    }
    p->status &= ~0x0002;
    return n;
}

static int sht_read(struct part *p, unsigned char *r, int n)
{
    int i;
    if (!p->nout)
        return -EIO;            /* nothing measured: NACK */
    for (i = 0; i < n; i++)
        r[i] = i < p->nout ? p->out[i] : 0xFF;
    p->nout = 0;
    return n;
}

/* ------------------------------------------------------------ 24Cxx EEPROM */

static int ee_write(struct part *p, const unsigned char *w, int n)
{
    long base;
    int off, i;
    if (n < 2)
        return n;               /* only part of an address: nothing */
    p->ptr = ((long)w[0] << 8 | w[1]) % p->size;
    base = p->ptr - p->ptr % EE_PAGE;
    off = (int)(p->ptr % EE_PAGE);
    for (i = 2; i < n; i++) {   /* a page write wraps within its page */
        p->mem[base + off] = w[i];
        off = (off + 1) % EE_PAGE;
    }
    p->ptr = base + off;
    return n;
}

static int ee_read(struct part *p, unsigned char *r, int n)
{
    int i;
    for (i = 0; i < n; i++) {   /* sequential read wraps at the end */
        r[i] = p->mem[p->ptr];
        p->ptr = (p->ptr + 1) % p->size;
    }
    return n;
}

/* ------------------------------------------------------------ I2C API */

int mp_hal_i2c_init(int bus, int scl, int sda, long long freq)
{
    ready();
    if (bus < 0 || bus >= NBUS || freq <= 0 || scl < -1 || scl >= NPINS
        || sda < -1 || sda >= NPINS)
        return -EINVAL;
    sb.i2c[bus].on = 1;
    sb.i2c[bus].scl = scl;
    sb.i2c[bus].sda = sda;
    sb.i2c[bus].freq = freq;
    return 0;
}

int mp_hal_i2c_transfer(int bus, int addr, const unsigned char *w, int wlen,
                        unsigned char *r, int rlen, int flags)
{
    struct sim_line l;
    struct part *p;
    int res = 0;
    ready();
    (void)flags;                /* the parts don't care about the STOP */
    if (bus < 0 || bus >= NBUS || !sb.i2c[bus].on || addr < 0 || addr > 127
        || wlen < 0 || rlen < 0 || (wlen && !w) || (rlen && !r))
        return -EINVAL;
    sim_now_us();               /* inputs due by now come first */
    l.n = 0;
    sim_line_add(&l, "i2c%d", bus);
    p = i2c_part(bus, addr);
    if (!p) {
        sim_line_add(&l, " 0x%02x NACK", addr);
        sim_trace_text(l.s);
        return -ENODEV;
    }
    if (wlen || !rlen) {
        sim_line_add(&l, " W 0x%02x", addr);
        sim_line_hex(&l, w, wlen);
        res = p->kind == MP_HAL_SIM_SHT3X ? sht_write(p, w, wlen)
                                          : ee_write(p, w, wlen);
    }
    if (res >= 0 && rlen) {
        if (wlen)
            sim_line_add(&l, " R");
        else
            sim_line_add(&l, " R 0x%02x", addr);
        res = p->kind == MP_HAL_SIM_SHT3X ? sht_read(p, r, rlen)
                                          : ee_read(p, r, rlen);
        if (res >= 0) {
            sim_line_add(&l, " ->");
            sim_line_hex(&l, r, rlen);
        }
    }
    if (res < 0)
        sim_line_add(&l, " NACK");
    sim_trace_text(l.s);
    return res < 0 ? res : wlen + rlen;
}

/* ------------------------------------------------------------ SPI flash */

/* MISO for the byte `in` clocked in while the part is selected */
static unsigned char flash_byte(struct part *p, unsigned char in)
{
    static const unsigned char jedec[3] = {0xEF, 0x40, 0x16};
    int k = p->n++;
    unsigned char out = 0xFF;
    if (k == 0) {
        p->cmd = in;
        p->cmd_ok = 0;
        switch (in) {
        case 0x06: p->wel = 1; break;
        case 0x04: p->wel = 0; break;
        case 0x02: memset(p->page, 0xFF, FLASH_PAGE); break;
        }
        return out;
    }
    switch (p->cmd) {
    case 0x9F:                          /* JEDEC id */
        if (k <= 3)
            out = jedec[k - 1];
        break;
    case 0x05:                          /* status: WEL (bit 1); WIP (bit 0)
                                           is 0: writes finish at once */
        out = (unsigned char)(p->wel << 1);
        break;
    case 0x03: case 0x0B:               /* read, fast read (1 dummy) */
    case 0x02: case 0x20:               /* page program, sector erase */
        if (k <= 3) {
            p->ptr = (k == 1 ? 0 : p->ptr << 8) | in;
            if (k == 3) {
                p->ptr %= p->size;
                p->cmd_ok = 1;
            }
        } else if (p->cmd == 0x03 || (p->cmd == 0x0B && k > 4)) {
            out = p->mem[p->ptr];
            p->ptr = (p->ptr + 1) % p->size;
        } else if (p->cmd == 0x02) {    /* into the page buffer, wrapping */
            p->page[(p->ptr + k - 4) % FLASH_PAGE] = in;
        } else if (p->cmd == 0x20) {
            p->cmd_ok = 0;              /* too long: not executed */
        }
        break;
    }
    return out;
}

/* CS went high: page program and erase happen now (if WEL was set) */
static void flash_end(struct part *p)
{
    long i, base;
    if (p->n > 0 && p->wel && p->cmd_ok) {
        if (p->cmd == 0x02) {           /* programming only clears bits */
            base = p->ptr - p->ptr % FLASH_PAGE;
            for (i = 0; i < FLASH_PAGE; i++)
                p->mem[base + i] &= p->page[i];
            p->wel = 0;
        } else if (p->cmd == 0x20) {
            base = p->ptr - p->ptr % FLASH_SECTOR;
            memset(p->mem + base, 0xFF, FLASH_SECTOR);
            p->wel = 0;
        }
    } else if (p->n > 0 && p->wel && (p->cmd == 0xC7 || p->cmd == 0x60)) {
        memset(p->mem, 0xFF, (size_t)p->size);   /* chip erase */
        p->wel = 0;
    }
    p->n = 0;
}

static void sim_bus_pin_changed(int pin, int level)
{
    int i;
    for (i = 0; i < sb.nparts; i++) {
        struct part *p = &sb.parts[i];
        if (p->kind == MP_HAL_SIM_SPI_FLASH && p->addr == pin) {
            if (level)
                flash_end(p);
            else
                p->n = 0;               /* a new transaction */
        }
    }
}

static unsigned char bitrev(unsigned char b)
{
    unsigned char r = 0;
    int i;
    for (i = 0; i < 8; i++)
        r = (unsigned char)(r << 1 | ((b >> i) & 1));
    return r;
}

/* ------------------------------------------------------------ SPI API */

int mp_hal_spi_init(int bus, long long baud, int polarity, int phase,
                    int bits, int firstbit)
{
    ready();
    if (bus < 0 || bus >= NBUS || baud <= 0 || polarity < 0 || polarity > 1
        || phase < 0 || phase > 1 || bits != 8 || firstbit < 0
        || firstbit > 1)
        return -EINVAL;
    sb.spi[bus].on = 1;
    sb.spi[bus].baud = baud;
    sb.spi[bus].polarity = polarity;
    sb.spi[bus].phase = phase;
    sb.spi[bus].firstbit = firstbit;
    return 0;
}

int mp_hal_spi_transfer(int bus, const unsigned char *tx, unsigned char *rx,
                        int len)
{
    struct sim_line l;
    int i, j, lsb;
    ready();
    if (bus < 0 || bus >= NBUS || !sb.spi[bus].on || len < 0)
        return -EINVAL;
    sim_now_us();               /* chip selects due by now */
    lsb = sb.spi[bus].firstbit;
    l.n = 0;
    sim_line_add(&l, "spi%d", bus);
    for (i = 0; i < len; i++) {
        unsigned char in = tx ? tx[i] : 0x00, miso = 0xFF;
        if (lsb)                /* the parts shift MSB first */
            in = bitrev(in);
        for (j = 0; j < sb.nparts; j++) {
            struct part *p = &sb.parts[j];
            if (p->kind == MP_HAL_SIM_SPI_FLASH && p->bus == bus
                && !sim_pin_level(p->addr))
                miso &= flash_byte(p, in);  /* several: wired-AND */
        }
        if (lsb)
            miso = bitrev(miso);
        if (rx)
            rx[i] = miso;
        if (i < SIM_HEX_MAX)
            sim_line_add(&l, " %02x", tx ? tx[i] : 0x00);
    }
    if (len > SIM_HEX_MAX)
        sim_line_add(&l, " ...(+%d)", len - SIM_HEX_MAX);
    if (rx) {
        sim_line_add(&l, " ->");
        sim_line_hex(&l, rx, len);
    }
    sim_trace_text(l.s);
    return len;
}

/* ------------------------------------------------------------ attach/set */

static int sim_bus_attach(int kind, int bus, int addr, long long arg)
{
    struct part *p;
    long size;
    int i;
    if (bus < 0 || bus >= NBUS)
        return -EINVAL;
    if (kind == MP_HAL_SIM_SHT3X) {
        if (addr != 0x44 && addr != 0x45)
            return -EINVAL;
        size = 0;
    } else if (kind == MP_HAL_SIM_EEPROM24) {
        if (addr < 0x50 || addr > 0x57 || arg > 65536
            || (arg > 0 && arg % EE_PAGE))
            return -EINVAL;
        size = arg > 0 ? (long)arg : 4096;
    } else {                            /* SPI flash */
        if (addr < 0 || addr >= NPINS || arg > (1L << 24)
            || (arg > 0 && arg % FLASH_SECTOR))
            return -EINVAL;
        size = arg > 0 ? (long)arg : 1L << 22;
    }
    if (kind == MP_HAL_SIM_SPI_FLASH) {
        for (i = 0; i < sb.nparts; i++)     /* a CS pin selects one part */
            if (sb.parts[i].kind == kind && sb.parts[i].addr == addr)
                return -EBUSY;
    } else if (i2c_part(bus, addr)) {
        return -EBUSY;
    }
    if (sb.nparts >= MAX_PARTS)
        return -ENOSPC;
    p = &sb.parts[sb.nparts];
    memset(p, 0, sizeof *p);
    if (size) {
        p->mem = malloc((size_t)size);
        if (!p->mem)
            return -ENOMEM;
        memset(p->mem, 0xFF, (size_t)size);     /* erased */
    }
    sb.nparts++;
    p->kind = kind;
    p->bus = bus;
    p->addr = addr;
    p->size = size;
    p->temp_mc = 25000;
    p->rh_mpc = 50000;
    p->status = 0x8010;                 /* SHT3x after power-up */
    return 0;
}

static int sim_bus_set(int kind, int bus, int addr, int param,
                       long long value, int apply)
{
    struct part *p = find_part(kind, bus, addr);
    if (kind != MP_HAL_SIM_SHT3X || param < 0 || param > 1)
        return -EINVAL;
    if (!p)
        return -ENODEV;
    if (apply) {
        if (param == 0)
            p->temp_mc = value;
        else
            p->rh_mpc = value;
    }
    return 0;
}
