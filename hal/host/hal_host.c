/* The host port's board: a simulator behind hal/hal.h.

   A pin is the combination of what the program sets (mode, pull, output
   latch) and what the simulated world does to it (an external drive level,
   or released).  Every change of the level that results is traced and may
   queue an edge interrupt.

   Time is real (CLOCK_MONOTONIC) by default; with virtual time the clock
   only moves when the program delays or advances it, so a simulation runs
   instantly and its traces have exact, reproducible times.  Scheduled
   external drives are applied, in time order and at their own timestamps,
   whenever the time is read or moved. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L     /* clock_gettime, nanosleep */
#endif
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700           /* posix_openpt, grantpt (sim_comm.c) */
#endif
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include "../hal.h"
#include "sim.h"

#define NPINS 64
#define IRQ_QUEUE 64
#define SCHED_MAX 1024

struct pin {
    signed char mode, pull, drive;
    signed char out;        /* output latch */
    signed char ext;        /* external drive: 0/1, -1 released */
    signed char irq;        /* trigger mask */
    signed char level;      /* last computed level (for edges and trace) */
    signed char used;       /* ever initialised or driven: gets a trace wire */
};

/* a scheduled event: a pin drive (kind 0), or a change of a simulated
   part's reading (kind MP_HAL_SIM_*, see mp_hal_sim_schedule_set) */
struct sched {
    long long at;
    int pin, level;
    int kind, bus, addr, param;
    long long value;
};

static struct {
    int inited;
    int virt;               /* virtual time on */
    long long base_ns;      /* real clock reading at ticks 0 */
    long long vnow;         /* virtual time, us */
    int clock_read;         /* the program has seen the clock since init */
    struct pin pins[NPINS];
    int irq_q[IRQ_QUEUE];
    int irq_head, irq_len, irq_dropped;
    struct sched sched[SCHED_MAX];  /* sorted by time, FIFO among equals */
    int nsched;
    FILE *trace;            /* text log, or the VCD body (a tmpfile) */
    FILE *vcd_out;          /* VCD: the real file, written on close */
    int fmt;
    long long trace_t;      /* last time written to the trace */
    int trace_stamped;      /* VCD: a #time line was written */
    signed char tr_level[NPINS];    /* last level traced, -1: none yet */
} g;

static void ready(void)
{
    /* the interpreter calls mp_hal_init first; this only protects C users
       (and zeroed statics would mean "externally driven low") */
    if (!g.inited)
        mp_hal_init();
}

static int bad_pin(int pin)
{
    ready();
    return pin < 0 || pin >= NPINS;
}

/* ------------------------------------------------------------ time */

static long long real_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static long long raw_us(void)
{
    return g.virt ? g.vnow : (real_ns() - g.base_ns) / 1000;
}

/* ------------------------------------------------------------ trace */

/* VCD identifiers: letters only, so that no id looks like a "#time" or a
   "$keyword" to a simple reader (pin 0 = A, 51 = z, 52 = AB ...) */
static void vcd_id(int n, char *buf)
{
    static const char abc[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    int i = 0;
    do {
        buf[i++] = abc[n % 52];
        n /= 52;
    } while (n);
    buf[i] = 0;
}

/* sim_pulse.c: PWM waveforms in the VCD, and their levels */
static void sim_pulse_trace_flush(long long t);
static int sim_pulse_trace_level(int pin, int level, long long t);
static void sim_pulse_trace_start(long long t);
static int sim_pulse_read(int pin, int level);

/* write a level to the trace (nothing if the pin's last traced level is
   the same) */
static void trace_raw(int n, int level, long long t)
{
    char id[8];
    if (!g.trace || g.tr_level[n] == level)
        return;
    g.tr_level[n] = (signed char)level;
    if (t < g.trace_t)          /* a trace's times never go backwards */
        t = g.trace_t;
    if (g.fmt == 1) {
        fprintf(g.trace, "%lld pin%d %d\n", t, n, level);
    } else {
        if (!g.trace_stamped || t != g.trace_t)
            fprintf(g.trace, "#%lld\n", t);
        vcd_id(n, id);
        fprintf(g.trace, "%d%s\n", level, id);
    }
    g.trace_t = t;
    g.trace_stamped = 1;
}

static void trace_pin(int n, int level, long long t)
{
    if (!g.trace)
        return;
    if (g.fmt == 0) {
        /* the PWM edges before t come first; a PWM pin shows its wave */
        sim_pulse_trace_flush(t);
        level = sim_pulse_trace_level(n, level, t);
    }
    trace_raw(n, level, t);
}

/* ------------------------------------------------------------ pins */

static int level_of(const struct pin *p)
{
    int released = 0;       /* what a pin nobody drives reads as */
    switch (p->mode) {
    case MP_HAL_PIN_OUT:
    case MP_HAL_PIN_ALT:
        return p->out;
    case MP_HAL_PIN_OPEN_DRAIN:
    case MP_HAL_PIN_ALT_OPEN_DRAIN:
        if (!p->out)
            return 0;
        released = 1;       /* released open drain: assume a bus pull-up */
        break;
    }
    if (p->ext >= 0)
        return p->ext;
    if (p->pull == MP_HAL_PULL_UP)
        return 1;
    if (p->pull == MP_HAL_PULL_DOWN)
        return 0;
    return released;
}

static void irq_push(int ev)
{
    if (g.irq_len == IRQ_QUEUE) {   /* keep the oldest: they came first */
        g.irq_dropped++;
        return;
    }
    g.irq_q[(g.irq_head + g.irq_len++) % IRQ_QUEUE] = ev;
}

/* Recompute pin n's level after a change made at time t.  newly_used: the
   pin just got its trace wire, so record its level even if unchanged. */
static void update(int n, long long t, int newly_used)
{
    struct pin *p = &g.pins[n];
    int lv = level_of(p);
    if (lv != p->level) {
        int edge = lv ? MP_HAL_IRQ_RISING : MP_HAL_IRQ_FALLING;
        if (p->irq & edge)
            irq_push(n << 8 | edge);
        p->level = (signed char)lv;
        sim_bus_pin_changed(n, lv);
        sim_pulse_pin_changed(n, lv, t);
    } else if (!newly_used) {
        return;
    }
    trace_pin(n, lv, t);
}

static void drive(int n, int level, long long t)
{
    struct pin *p = &g.pins[n];
    int newly = !p->used;
    p->ext = (signed char)level;
    p->used = 1;
    update(n, t, newly);
}

/* Apply the scheduled drives due at or before t, each at its own time. */
static void run_until(long long t)
{
    while (g.nsched > 0 && g.sched[0].at <= t) {
        struct sched ev = g.sched[0];
        memmove(&g.sched[0], &g.sched[1], --g.nsched * sizeof ev);
        if (g.virt && ev.at > g.vnow)
            g.vnow = ev.at;     /* handlers reading the time see ev.at */
        if (ev.kind)
            sim_set(ev.kind, ev.bus, ev.addr, ev.param, ev.value, 1);
        else
            drive(ev.pin, ev.level, ev.at);
    }
}

/* ------------------------------------------------------------ lifecycle */

int mp_hal_init(void)
{
    int i;
    if (g.inited)
        mp_hal_trace_close();
    memset(&g, 0, sizeof g);
    for (i = 0; i < NPINS; i++)
        g.pins[i].ext = -1;
    g.base_ns = real_ns();
    g.inited = 1;
    sim_bus_reset();
    sim_periph_reset();
    sim_pulse_reset();
    sim_comm_reset();
    return 0;
}

void mp_hal_deinit(void)
{
    mp_hal_trace_close();
}

/* ------------------------------------------------------------ time API */

long long mp_hal_ticks_us(void)
{
    long long t;
    ready();
    g.clock_read = 1;
    t = raw_us();
    run_until(t);
    return t;
}

long long mp_hal_ticks_cpu(void)
{
    ready();
    g.clock_read = 1;
    return g.virt ? g.vnow * 1000 : real_ns() - g.base_ns;
}

void mp_hal_delay_us(long long us)
{
    struct timespec ts;
    ready();
    if (us > 0 && g.virt) {
        mp_hal_advance_us(us);
        return;
    }
    if (us > 0) {
        ts.tv_sec = (time_t)(us / 1000000);
        ts.tv_nsec = (long)(us % 1000000) * 1000;
        /* a signal ends the delay early on purpose: the interpreter then
           gets to handle it (KeyboardInterrupt) */
        nanosleep(&ts, NULL);
    }
    mp_hal_ticks_us();
}

int mp_hal_set_virtual_time(int on)
{
    int prev;
    ready();
    prev = g.virt;
    on = on != 0;
    if (on && !prev) {
        /* continue from the real clock (monotonic), or start at 0 when
           nobody has read it yet: runs are then exactly repeatable */
        g.vnow = g.clock_read ? mp_hal_ticks_us() : 0;
        g.virt = 1;
    } else if (!on && prev) {
        g.base_ns = real_ns() - g.vnow * 1000;  /* and back, monotonic */
        g.virt = 0;
    }
    return prev;
}

long long mp_hal_advance_us(long long us)
{
    long long target;
    ready();
    if (!g.virt || us < 0)
        return -EINVAL;
    target = g.vnow + us;
    run_until(target);
    g.vnow = target;
    return target;
}

/* ------------------------------------------------------------ GPIO API */

int mp_hal_pin_count(void)
{
    return NPINS;
}

int mp_hal_pin_init(int pin, int mode, int pull, int drive_, int value)
{
    struct pin *p;
    long long t;
    int newly;
    if (bad_pin(pin) || mode < -1 || mode > MP_HAL_PIN_ANALOG
        || pull < -1 || pull > MP_HAL_PULL_DOWN
        || drive_ < -1 || drive_ > 3 || value < -1)
        return -EINVAL;
    t = mp_hal_ticks_us();
    p = &g.pins[pin];
    if (mode >= 0)
        p->mode = (signed char)mode;
    if (pull >= 0)
        p->pull = (signed char)pull;
    if (drive_ >= 0)
        p->drive = (signed char)drive_;
    if (value >= 0)
        p->out = value != 0;
    newly = !p->used;
    p->used = 1;
    update(pin, t, newly);
    return 0;
}

int mp_hal_pin_read(int pin)
{
    if (bad_pin(pin))
        return -EINVAL;
    mp_hal_ticks_us();
    return sim_pulse_read(pin, g.pins[pin].level);
}

int mp_hal_pin_write(int pin, int value)
{
    long long t;
    if (bad_pin(pin))
        return -EINVAL;
    t = mp_hal_ticks_us();
    g.pins[pin].out = value != 0;   /* an input keeps it for later */
    update(pin, t, 0);
    return 0;
}

int mp_hal_pin_mode(int pin)
{
    if (bad_pin(pin))
        return -EINVAL;
    return g.pins[pin].mode;
}

int mp_hal_pin_irq(int pin, int trigger)
{
    if (bad_pin(pin) || trigger & ~(MP_HAL_IRQ_FALLING | MP_HAL_IRQ_RISING))
        return -EINVAL;
    mp_hal_ticks_us();      /* edges already due happened before this */
    g.pins[pin].irq = (signed char)trigger;
    return 0;
}

int mp_hal_pin_irq_pop(void)
{
    int ev;
    ready();
    if (g.nsched > 0)       /* lets a busy-waiting program see due inputs */
        mp_hal_ticks_us();
    if (g.irq_len == 0)
        return -1;
    ev = g.irq_q[g.irq_head];
    g.irq_head = (g.irq_head + 1) % IRQ_QUEUE;
    g.irq_len--;
    return ev;
}

int mp_hal_pin_irq_dropped(void)
{
    ready();
    return g.irq_dropped;
}

/* ------------------------------------------------------------ simulated world */

int mp_hal_sim_pin_drive(int pin, int level)
{
    long long t;
    if (bad_pin(pin) || level < -1 || level > 1)
        return -EINVAL;
    t = mp_hal_ticks_us();
    drive(pin, level, t);
    return 0;
}

static int schedule(struct sched ev)
{
    int i;
    long long now;
    if (g.nsched == SCHED_MAX)
        return -ENOSPC;
    now = raw_us();
    if (ev.at < now)        /* the past can't change: it happens now */
        ev.at = now;
    for (i = g.nsched; i > 0 && g.sched[i - 1].at > ev.at; i--)
        g.sched[i] = g.sched[i - 1];
    g.sched[i] = ev;
    g.nsched++;
    return 0;
}

int mp_hal_sim_schedule_drive(long long at_us, int pin, int level)
{
    struct sched ev;
    if (bad_pin(pin) || level < -1 || level > 1)
        return -EINVAL;
    memset(&ev, 0, sizeof ev);
    ev.at = at_us;
    ev.pin = pin;
    ev.level = level;
    return schedule(ev);
}

int mp_hal_sim_schedule_set(long long at_us, int kind, int bus, int addr,
                            int param, long long value)
{
    struct sched ev;
    int err;
    ready();
    err = sim_set(kind, bus, addr, param, value, 0);    /* check only */
    if (err < 0)
        return err;
    memset(&ev, 0, sizeof ev);
    ev.at = at_us;
    ev.kind = kind;
    ev.bus = bus;
    ev.addr = addr;
    ev.param = param;
    ev.value = value;
    return schedule(ev);
}

long long mp_hal_sim_next_event_us(void)
{
    ready();
    return g.nsched ? g.sched[0].at : -1;
}

/* ------------------------------------------------------------ trace API */

int mp_hal_trace_open(const char *path, int format)
{
    FILE *f;
    long long t;
    int n;
    if (format != 0 && format != 1)
        return -EINVAL;
    mp_hal_trace_close();
    t = mp_hal_ticks_us();      /* inputs due now belong before the start */
    f = fopen(path, "w");
    if (!f)
        return -errno;
    g.fmt = format;
    g.trace_t = t;
    g.trace_stamped = 0;
    if (format == 0) {
        /* the wires are known only at the end: the body goes to a
           temporary file and the header is written on close */
        g.trace = tmpfile();
        if (!g.trace) {
            int e = errno;
            fclose(f);
            return -e;
        }
        g.vcd_out = f;
        fprintf(g.trace, "#%lld\n", t);
        g.trace_stamped = 1;
    } else {
        g.trace = f;
    }
    memset(g.tr_level, -1, sizeof g.tr_level);
    sim_pulse_trace_start(t);
    for (n = 0; n < NPINS; n++)     /* the starting levels */
        if (g.pins[n].used)
            trace_pin(n, g.pins[n].level, t);
    return 0;
}

static int vcd_finish(void)
{
    char buf[4096], id[8];
    size_t k;
    int n, err;
    FILE *out = g.vcd_out;
    long long end = mp_hal_ticks_us();
    sim_pulse_trace_flush(end);
    if (end > g.trace_t)    /* show the last levels up to now */
        fprintf(g.trace, "#%lld\n", end);
    fprintf(out, "$version micropy host HAL $end\n$timescale 1us $end\n"
                 "$scope module board $end\n");
    for (n = 0; n < NPINS; n++) {
        if (g.pins[n].used) {
            vcd_id(n, id);
            fprintf(out, "$var wire 1 %s pin%d $end\n", id, n);
        }
    }
    fprintf(out, "$upscope $end\n$enddefinitions $end\n");
    rewind(g.trace);
    while ((k = fread(buf, 1, sizeof buf, g.trace)) > 0)
        fwrite(buf, 1, k, out);
    err = ferror(g.trace) || ferror(out);
    fclose(g.trace);
    return fclose(out) != 0 || err;
}

int mp_hal_trace_close(void)
{
    int err;
    if (!g.trace)
        return 0;
    if (g.fmt == 0) {
        err = vcd_finish();
    } else {
        err = ferror(g.trace);
        err = fclose(g.trace) != 0 || err;
    }
    g.trace = g.vcd_out = NULL;
    return err ? -EIO : 0;
}

/* "<time> <prefix><text>" to a text trace, as one line */
static void trace_line(const char *prefix, const char *text)
{
    long long t;
    const char *c;
    if (!g.trace || g.fmt != 1)
        return;
    t = mp_hal_ticks_us();
    if (t < g.trace_t)
        t = g.trace_t;
    fprintf(g.trace, "%lld %s", t, prefix);
    for (c = text; *c; c++)     /* one line, whatever the text */
        fputc(*c == '\n' || *c == '\r' ? ' ' : *c, g.trace);
    fputc('\n', g.trace);
    g.trace_t = t;
}

int mp_hal_trace_note(const char *text)
{
    ready();
    trace_line("# ", text);
    return 0;
}

/* ------------------------------------------------------------ for sim_*.c */

static long long sim_now_us(void)
{
    return mp_hal_ticks_us();
}

static void sim_trace_text(const char *line)
{
    trace_line("", line);
}

static int sim_pin_level(int pin)
{
    return g.pins[pin].level;
}

/* ------------------------------------------------------------ peripherals */

#include "sim_bus.c"
#include "sim_periph.c"
#include "sim_pulse.c"
#include "sim_comm.c"
