/* The host board's timing-driven parts: PWM waveforms, pulse counters and
   quadrature encoders, bitstream, a WS2812 LED chain, an HC-SR04 ultrasonic
   sensor, and waiting for a pin level.  Included at the end of hal_host.c
   after sim_periph.c (one translation unit, see sim.h).

   Times here are in ns (the board clock's us * 1000) where edges need it.

   A PWM pin's waveform: period P = round(1e9 / freq) ns, high for
   H = P * duty / 65535 at the start of each period, periods counted from
   t0, the time its settings last changed.  The pin's level in hal_host.c
   stays the output latch (1 while duty > 0); reads, counters, pin_wait and
   the VCD trace use the waveform instead.  PWM edges raise no pin IRQs. */

#define NUNITS 8
#define NWS 8
#define NHC 8
#define WS_MAX 1024
#define VCD_PWM_CAP 100000
#define NEVER (-(1LL << 60))

struct pwave {
    int on;
    long long t0, period, high;     /* ns */
    long long tnext;        /* VCD: the next edge to write (ns) */
    int tcount, capped;     /* VCD: edges written in this trace */
};

struct unit {
    int on, enc;            /* counter / encoder */
    int src, b;             /* counter: src; encoder: a = src, b */
    int edges, dir, dir_pin, phases;
    long long filter, value;
    long long last;         /* ns: counted up to here */
};

struct ws {
    int on, pin, count, pos;
    long long end;          /* ns: the end of the last bitstream */
    unsigned char led[WS_MAX * 3];
};

struct hc { int on, trig, echo; long long mm; };

static struct {
    struct pwave pw[NPINS];
    signed char cur[NPINS];     /* every pin's level, waveforms included */
    long long chg[NPINS];       /* ns: when it last changed */
    struct unit u[NUNITS];
    struct ws ws[NWS];
    struct hc hc[NHC];
} spl;

static void sim_pulse_reset(void)
{
    int i;
    memset(&spl, 0, sizeof spl);
    for (i = 0; i < NPINS; i++)
        spl.chg[i] = NEVER;
}

/* ------------------------------------------------------------ waveform */

static int wave_const(const struct pwave *w)    /* -1: it toggles */
{
    if (w->high <= 0)
        return 0;
    if (w->high >= w->period)
        return 1;
    return -1;
}

static long long floordiv_ll(long long a, long long b)     /* floor, b > 0 */
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

static int wave_level(const struct pwave *w, long long t)
{
    int c = wave_const(w);
    if (c >= 0)
        return c;
    return t - w->t0 - floordiv_ll(t - w->t0, w->period) * w->period < w->high;
}

/* the first edge strictly after t (-1: none) */
static long long wave_next(const struct pwave *w, long long t)
{
    long long ph, base;
    if (wave_const(w) >= 0)
        return -1;
    if (t < w->t0)
        return w->t0 + w->high;
    ph = (t - w->t0) % w->period;
    base = t - ph;
    return ph < w->high ? base + w->high : base + w->period;
}

/* the last edge at or before t (NEVER: none since t0) */
static long long wave_prev(const struct pwave *w, long long t)
{
    long long ph, base;
    if (wave_const(w) >= 0 || t < w->t0 + w->high)
        return NEVER;
    ph = (t - w->t0) % w->period;
    base = t - ph;
    return ph < w->high ? base : base + w->high;
}

static int pwm_on(int pin)
{
    return pin >= 0 && pin < NPINS && spl.pw[pin].on;
}

/* the level pin shows at t ns (waveform or static) */
static int level_at(int pin, long long t)
{
    return pwm_on(pin) ? wave_level(&spl.pw[pin], t) : spl.cur[pin];
}

/* ------------------------------------------------------------ counting */

/* how long the level before an edge of pin at t held (ns) */
static long long held(int pin, long long t)
{
    const struct pwave *w = &spl.pw[pin];
    if (pwm_on(pin) && wave_const(w) < 0 && t > w->t0)
        return wave_level(w, t) ? w->period - w->high : w->high;
    return spl.chg[pin] == NEVER ? -NEVER : t - spl.chg[pin];
}

/* quadrature: +1 when a leads b, given the edge and the levels after it */
static int quad_dir(int on_a, int a, int b)
{
    if (on_a)
        return a != b ? 1 : -1;
    return a == b ? 1 : -1;
}

/* an edge of pin (new level) at t, for unit u */
static void unit_edge(struct unit *u, int pin, int level, long long t,
                      long long hold)
{
    int a, b, d;
    if (u->filter > 0 && hold < u->filter)
        return;
    if (!u->enc) {
        if (pin != u->src
            || !(u->edges & (level ? MP_HAL_IRQ_RISING : MP_HAL_IRQ_FALLING)))
            return;
        if (u->dir_pin >= 0)
            d = level_at(u->dir_pin, t) ? -1 : 1;
        else
            d = u->dir;
        u->value += d;
        return;
    }
    if (pin != u->src && pin != u->b)
        return;
    a = pin == u->src ? level : level_at(u->src, t);
    b = pin == u->b ? level : level_at(u->b, t);
    d = quad_dir(pin == u->src, a, b);
    if (u->phases == 4 || (u->phases == 2 && pin == u->src)
        || (u->phases == 1 && pin == u->src && a))     /* A rising */
        u->value += d;
}

/* catch unit u up to t with the PWM edges on its pins */
static void unit_catchup(struct unit *u, long long t)
{
    long long from = u->last, n, e, ea, eb;
    const struct pwave *w;
    int guard = 0;
    u->last = t;
    if (t <= from)
        return;
    if (!u->enc) {
        if (!pwm_on(u->src))
            return;
        w = &spl.pw[u->src];
        if (wave_const(w) >= 0 || t <= w->t0)
            return;
        if (from < w->t0)
            from = w->t0;
        n = 0;          /* rising at t0 + kP (k >= 1), falling at +H */
        if ((u->edges & MP_HAL_IRQ_RISING)
            && (u->filter <= 0 || w->period - w->high >= u->filter))
            n += floordiv_ll(t - w->t0, w->period) - floordiv_ll(from - w->t0, w->period);
        if ((u->edges & MP_HAL_IRQ_FALLING)
            && (u->filter <= 0 || w->high >= u->filter))
            n += floordiv_ll(t - w->t0 - w->high, w->period)
                 - floordiv_ll(from - w->t0 - w->high, w->period);
        if (u->dir_pin >= 0)
            u->value += level_at(u->dir_pin, t) ? -n : n;
        else
            u->value += u->dir * n;
        return;
    }
    if (!pwm_on(u->src) && !pwm_on(u->b))
        return;
    for (;;) {          /* encoders: edge by edge, in time order */
        ea = pwm_on(u->src) ? wave_next(&spl.pw[u->src], from) : -1;
        eb = pwm_on(u->b) ? wave_next(&spl.pw[u->b], from) : -1;
        e = ea < 0 ? eb : eb < 0 ? ea : ea < eb ? ea : eb;
        if (e < 0 || e > t || ++guard > 10000000)
            break;
        if (e == ea)
            unit_edge(u, u->src, wave_level(&spl.pw[u->src], e), e,
                      held(u->src, e));
        if (e == eb)
            unit_edge(u, u->b, wave_level(&spl.pw[u->b], e), e,
                      held(u->b, e));
        from = e;
    }
}

/* bring every unit and every waveform pin's level up to t */
static void look(long long t)
{
    int i;
    for (i = 0; i < NUNITS; i++)
        if (spl.u[i].on)
            unit_catchup(&spl.u[i], t);
    for (i = 0; i < NPINS; i++) {
        if (spl.pw[i].on) {
            long long p = wave_prev(&spl.pw[i], t);
            spl.cur[i] = (signed char)wave_level(&spl.pw[i], t);
            if (p != NEVER)
                spl.chg[i] = p;
        }
    }
}

/* a level change of pin at t ns, for the counters */
static void pin_edge(int pin, int level, long long t)
{
    int i;
    long long h;
    if (level == spl.cur[pin])
        return;
    h = held(pin, t);
    for (i = 0; i < NUNITS; i++)
        if (spl.u[i].on)
            unit_edge(&spl.u[i], pin, level, t, h);
    spl.cur[pin] = (signed char)level;
    spl.chg[pin] = t;
}

/* ------------------------------------------------------------ HC-SR04 */

static void hc_trigger(int pin, long long t)   /* the pin fell at t ns */
{
    int i;
    long long us, start;
    for (i = 0; i < NHC; i++) {
        struct hc *h = &spl.hc[i];
        if (!h->on || h->trig != pin || held(pin, t) < 10000)
            continue;
        us = h->mm < 20 || h->mm > 4000 ? 38000
             : (h->mm * 2 * 1000000 + 171500) / 343000;
        start = t / 1000 + 500;
        mp_hal_sim_schedule_drive(start, h->echo, 1);
        mp_hal_sim_schedule_drive(start + us, h->echo, 0);
    }
}

static void sim_pulse_pin_changed(int pin, int level, long long t)
{
    long long tn = t * 1000;
    if (pin < 0 || pin >= NPINS)
        return;
    look(tn);
    if (pwm_on(pin))        /* the waveform owns the pin */
        return;
    if (!level && spl.cur[pin])
        hc_trigger(pin, tn);
    pin_edge(pin, level, tn);
}

/* ------------------------------------------------------------ PWM */

static int vcd_on(void)
{
    return g.trace && g.fmt == 0;
}

/* the level the VCD shows for a PWM pin at t us (a constant 1 for periods
   under 2 us) */
static int sim_pulse_trace_level(int pin, int level, long long t)
{
    const struct pwave *w = &spl.pw[pin];
    if (!w->on)
        return level;
    if (w->period < 2000 && wave_const(w) < 0)
        return 1;
    return wave_level(w, t * 1000);
}

static int vcd_edges(const struct pwave *w)
{
    return w->on && !w->capped && w->period >= 2000 && wave_const(w) < 0;
}

/* write the pending PWM edges before t us, merged in time order */
static void sim_pulse_trace_flush(long long t)
{
    long long lim = t * 1000;
    int i, best;
    char id[8];
    if (!vcd_on())
        return;
    for (;;) {
        struct pwave *w;
        best = -1;
        for (i = 0; i < NPINS; i++)
            if (vcd_edges(&spl.pw[i]) && spl.pw[i].tnext < lim
                && (best < 0 || spl.pw[i].tnext < spl.pw[best].tnext))
                best = i;
        if (best < 0)
            return;
        w = &spl.pw[best];
        if (w->tcount >= VCD_PWM_CAP) {
            vcd_id(best, id);
            fprintf(g.trace, "$comment pin%d (%s): PWM edges stop after %d "
                    "in this trace $end\n", best, id, VCD_PWM_CAP);
            w->capped = 1;
            continue;
        }
        w->tcount++;
        trace_raw(best, wave_level(w, w->tnext), (w->tnext + 500) / 1000);
        w->tnext = wave_next(w, w->tnext);
    }
}

/* a new trace starts at t us */
static void sim_pulse_trace_start(long long t)
{
    int i;
    for (i = 0; i < NPINS; i++) {
        spl.pw[i].tcount = spl.pw[i].capped = 0;
        if (spl.pw[i].on)
            spl.pw[i].tnext = wave_next(&spl.pw[i], t * 1000);
    }
}

/* sp.pwm[pin] changed (or went off) at the current time */
static void sim_pulse_pwm_changed(int pin)
{
    long long t = sim_now_us(), tn = t * 1000;
    struct pwave *w = &spl.pw[pin];
    char line[96];
    look(tn);
    sim_pulse_trace_flush(t);
    w->on = sp.pwm[pin].on;
    if (!w->on)
        return;
    w->t0 = tn;
    w->period = (1000000000LL + sp.pwm[pin].freq / 2) / sp.pwm[pin].freq;
    w->high = w->period * sp.pwm[pin].duty / 65535;
    w->tnext = wave_next(w, tn);
    if (w->period < 2000 && wave_const(w) < 0) {
        snprintf(line, sizeof line, "pwm pin%d period under 2 us: the VCD "
                 "shows a constant 1", pin);
        sim_trace_text(line);
    }
    if (vcd_on())
        trace_pin(pin, 0, t);   /* the level: from the waveform */
    /* the waveform's start may be an edge for the counters */
    if (wave_level(w, tn) != spl.cur[pin]) {
        int i, lv = !spl.cur[pin];
        long long h = spl.chg[pin] == NEVER ? -NEVER : tn - spl.chg[pin];
        for (i = 0; i < NUNITS; i++)
            if (spl.u[i].on)
                unit_edge(&spl.u[i], pin, lv, tn, h);
        spl.cur[pin] = (signed char)lv;
        spl.chg[pin] = tn;
    }
}

/* mp_hal_pin_read's level for a PWM pin (after sim_now_us) */
static int sim_pulse_read(int pin, int level)
{
    return pwm_on(pin) ? wave_level(&spl.pw[pin], raw_us() * 1000) : level;
}

/* ------------------------------------------------------------ pin_wait */

long long mp_hal_pin_wait(int pin, int level, long long timeout_us)
{
    long long now, start, deadline, next, e;
    struct timespec ts;
    if (bad_pin(pin) || level < 0 || level > 1 || timeout_us < 0)
        return -EINVAL;
    now = start = mp_hal_ticks_us();
    deadline = now + timeout_us;
    for (;;) {
        if (mp_hal_pin_read(pin) == level) {
            /* the time of the edge itself (a scheduled drive's or a PWM
               edge's), not of the poll that saw it: exact in real time too */
            e = pwm_on(pin) ? wave_prev(&spl.pw[pin], now * 1000)
                            : spl.chg[pin];
            e = e == NEVER ? start : (e + 999) / 1000;
            return e > start ? e : start;
        }
        if (now >= deadline)
            return -ETIMEDOUT;
        if (!g.virt) {
            ts.tv_sec = 0;
            ts.tv_nsec = 20000;
            nanosleep(&ts, NULL);
        } else {
            next = deadline;
            e = mp_hal_sim_next_event_us();
            if (e >= 0 && e < next)
                next = e;
            if (pwm_on(pin)) {
                e = wave_next(&spl.pw[pin], now * 1000);
                if (e >= 0 && (e + 999) / 1000 < next)
                    next = (e + 999) / 1000;
            }
            if (next <= now)
                next = now + 1;
            mp_hal_advance_us(next - now);
        }
        now = mp_hal_ticks_us();
    }
}

/* ------------------------------------------------------------ counters */

static int bad_unit(int unit)
{
    ready();
    return unit < 0 || unit >= NUNITS;
}

static void unit_start(int unit, struct unit *nu)
{
    long long t = sim_now_us() * 1000;
    look(t);
    nu->on = 1;
    nu->value = 0;
    nu->last = t;
    spl.u[unit] = *nu;
}

int mp_hal_counter_init(int unit, int src, int edges, int direction,
                        int dir_pin, long long filter_ns)
{
    struct unit nu;
    if (bad_unit(unit) || src < 0 || src >= NPINS || edges < 1 || edges > 3
        || (direction != 1 && direction != -1) || dir_pin < -1
        || dir_pin >= NPINS || filter_ns < 0)
        return -EINVAL;
    memset(&nu, 0, sizeof nu);
    nu.src = src;
    nu.b = -1;
    nu.edges = edges;
    nu.dir = direction;
    nu.dir_pin = dir_pin;
    nu.filter = filter_ns;
    unit_start(unit, &nu);
    return 0;
}

int mp_hal_encoder_init(int unit, int pin_a, int pin_b, int phases,
                        long long filter_ns)
{
    struct unit nu;
    if (bad_unit(unit) || pin_a < 0 || pin_a >= NPINS || pin_b < 0
        || pin_b >= NPINS || pin_a == pin_b
        || (phases != 1 && phases != 2 && phases != 4) || filter_ns < 0)
        return -EINVAL;
    memset(&nu, 0, sizeof nu);
    nu.enc = 1;
    nu.src = pin_a;
    nu.b = pin_b;
    nu.dir_pin = -1;
    nu.phases = phases;
    nu.filter = filter_ns;
    unit_start(unit, &nu);
    return 0;
}

int mp_hal_counter_deinit(int unit)
{
    if (bad_unit(unit))
        return -EINVAL;
    spl.u[unit].on = 0;
    return 0;
}

long long mp_hal_counter_value(int unit)
{
    if (bad_unit(unit))
        return -EINVAL;
    if (!spl.u[unit].on)
        return 0;
    look(sim_now_us() * 1000);
    return spl.u[unit].value;
}

int mp_hal_counter_set(int unit, long long value)
{
    if (bad_unit(unit) || !spl.u[unit].on)
        return -EINVAL;
    look(sim_now_us() * 1000);
    spl.u[unit].value = value;
    return 0;
}

/* ------------------------------------------------------------ bitstream */

static void ws_take(struct ws *w, const unsigned char *buf, int len,
                    int t0h, int t0l, int t1h, int t1l, long long start)
{
    int i, k, n = w->count * 3;
    long long low_since = w->end;
    if (!spl.cur[w->pin] && spl.chg[w->pin] > low_since)
        low_since = spl.chg[w->pin];
    if (spl.cur[w->pin] == 0 && start - low_since >= 50000)
        w->pos = 0;             /* reset: a new frame */
    for (i = 0; i < len && w->pos < n; i++) {
        unsigned char v = 0;
        for (k = 7; k >= 0; k--) {
            int bit = buf[i] >> k & 1;
            int h = bit ? t1h : t0h, l = bit ? t1l : t0l;
            v = (unsigned char)(v << 1 | (2LL * h > (long long)h + l));
        }
        w->led[w->pos++] = v;
    }
}

int mp_hal_bitstream(int pin, int t0h, int t0l, int t1h, int t1l,
                     const unsigned char *buf, int len)
{
    struct sim_line l;
    long long start, total = 0, us;
    int i, k;
    if (bad_pin(pin) || (g.pins[pin].mode != MP_HAL_PIN_OUT
                         && g.pins[pin].mode != MP_HAL_PIN_OPEN_DRAIN)
        || t0h < 0 || t0l < 0 || t1h < 0 || t1l < 0 || len < 0
        || (len && !buf))
        return -EINVAL;
    start = sim_now_us() * 1000;
    l.n = 0;
    sim_line_add(&l, "bitstream pin%d", pin);
    sim_line_hex(&l, buf, len);
    sim_trace_text(l.s);
    for (i = 0; i < len; i++)
        for (k = 7; k >= 0; k--)
            total += buf[i] >> k & 1 ? (long long)t1h + t1l
                                     : (long long)t0h + t0l;
    for (i = 0; i < NWS; i++)
        if (spl.ws[i].on && spl.ws[i].pin == pin)
            ws_take(&spl.ws[i], buf, len, t0h, t0l, t1h, t1l, start);
    us = (total + 999) / 1000;
    if (g.virt)
        mp_hal_advance_us(us);
    else if (us > 0)
        mp_hal_delay_us(us);
    for (i = 0; i < NWS; i++)
        if (spl.ws[i].on && spl.ws[i].pin == pin)
            spl.ws[i].end = start + total;
    if (len > 0)
        mp_hal_pin_write(pin, 0);   /* the line ends low */
    return len;
}

/* ------------------------------------------------------------ parts */

static int sim_pulse_attach(int kind, int bus, int addr, long long arg)
{
    int i, free_ = -1;
    if (kind == MP_HAL_SIM_WS2812) {
        if (bus < 0 || bus >= NPINS || arg < 1 || arg > WS_MAX)
            return -EINVAL;
        for (i = 0; i < NWS; i++) {
            if (spl.ws[i].on && spl.ws[i].pin == bus)
                return -EBUSY;
            if (!spl.ws[i].on && free_ < 0)
                free_ = i;
        }
        if (free_ < 0)
            return -ENOSPC;
        memset(&spl.ws[free_], 0, sizeof spl.ws[free_]);
        spl.ws[free_].on = 1;
        spl.ws[free_].pin = bus;
        spl.ws[free_].count = (int)arg;
        spl.ws[free_].end = NEVER;
        return 0;
    }
    if (kind == MP_HAL_SIM_HCSR04) {
        if (bus < 0 || bus >= NPINS || addr < 0 || addr >= NPINS
            || bus == addr)
            return -EINVAL;
        for (i = 0; i < NHC; i++) {
            if (spl.hc[i].on && (spl.hc[i].trig == bus
                                 || spl.hc[i].echo == addr))
                return -EBUSY;
            if (!spl.hc[i].on && free_ < 0)
                free_ = i;
        }
        if (free_ < 0)
            return -ENOSPC;
        spl.hc[free_].on = 1;
        spl.hc[free_].trig = bus;
        spl.hc[free_].echo = addr;
        spl.hc[free_].mm = arg;
        mp_hal_sim_pin_drive(addr, 0);      /* the echo output, low */
        return 0;
    }
    return -EINVAL;
}

static struct hc *hc_of(int bus, int addr)
{
    int i;
    for (i = 0; i < NHC; i++)
        if (spl.hc[i].on && spl.hc[i].trig == bus && spl.hc[i].echo == addr)
            return &spl.hc[i];
    return NULL;
}

static struct ws *ws_of(int pin)
{
    int i;
    for (i = 0; i < NWS; i++)
        if (spl.ws[i].on && spl.ws[i].pin == pin)
            return &spl.ws[i];
    return NULL;
}

static int sim_pulse_set(int kind, int bus, int addr, int param,
                         long long value, int apply)
{
    struct hc *h;
    if (kind != MP_HAL_SIM_HCSR04 || param != 0 || value < 0)
        return -EINVAL;
    h = hc_of(bus, addr);
    if (!h)
        return -ENODEV;
    if (apply)
        h->mm = value;
    return 0;
}

static long long sim_pulse_get(int kind, int bus, int addr, int param)
{
    const struct ws *w;
    const unsigned char *p;
    const struct hc *h;
    if (kind == MP_HAL_SIM_HCSR04) {
        if (param != 0)
            return -EINVAL;
        h = hc_of(bus, addr);
        return h ? h->mm : -ENODEV;
    }
    w = ws_of(bus);
    if (!w)
        return -ENODEV;
    if (param < 0 || param >= w->count)
        return -EINVAL;
    p = &w->led[param * 3];
    return (long long)p[0] << 16 | p[1] << 8 | p[2];
}
