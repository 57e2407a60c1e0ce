/* The host board's on-chip peripherals: ADC (with simulated voltage
   sources), DAC, PWM, UART (with loopback parts), RTC, watchdog, unique id,
   reset cause; and the public attach/set of simulated parts.
   Included at the end of hal_host.c after sim_bus.c (see sim.h). */

#define NADC 16
#define NDAC 16
#define NUART 4
#define NTIMER 4
#define UART_BUF 1024
#define ADC_FULL_UV 3300000LL

static const char unique_id[8] = {'m', 'p', 'y', '-', 'h', 'o', 's', 't'};

struct uart {
    int on, bits, parity, stop, tx, rx;
    long long baud;
    int loop;                   /* a loopback part is attached */
    unsigned char buf[UART_BUF];    /* received, waiting to be read */
    int head, len;
    long long sent;             /* bytes written since init */
};

static struct {
    struct { int on; long long uv; } adc[NADC];
    int dac[NDAC];
    struct { int on, duty; long long freq; } pwm[NPINS];
    struct uart uart[NUART];
    long long rtc_us0;          /* local date-time at rtc_t0, us since 1970 */
    long long rtc_t0;           /* ticks_us then */
    long long rtc_snap[8];
    int rtc_last;               /* last field read (8: take a snapshot) */
    int wdt_on;
    long long wdt_us, wdt_fed;
    struct { int on, periodic; long long period, due; } timer[NTIMER];
    int cause;
} sp;

/* kept across mp_hal_init: mp_hal_reset sets it, the next init reports it */
static int next_cause;

/* ------------------------------------------------------------ calendar */

/* days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant) */
static long long days_from_civil(long long y, int m, int d)
{
    long long era, yoe, doy, doe;
    y -= m <= 2;
    era = (y >= 0 ? y : y - 399) / 400;
    yoe = y - era * 400;
    doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil_from_days(long long z, long long *y, long long *m,
                            long long *d)
{
    long long era, doe, yoe, doy, mp;
    z += 719468;
    era = (z >= 0 ? z : z - 146096) / 146097;
    doe = z - era * 146097;
    yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = yoe + era * 400 + (*m <= 2);
}

static int days_in_month(int y, int m)
{
    static const char dm[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30,
                                31};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 ? 28 + leap : dm[m - 1];
}

/* ------------------------------------------------------------ reset */

static void sim_periph_reset(void)
{
    struct timespec ts;
    struct tm tm;
    time_t sec;
    memset(&sp, 0, sizeof sp);
    sp.cause = next_cause ? next_cause : MP_HAL_PWRON_RESET;
    next_cause = 0;
    /* the RTC starts at the host's local time; ticks are 0 now */
    clock_gettime(CLOCK_REALTIME, &ts);
    sec = ts.tv_sec;
    localtime_r(&sec, &tm);
    sp.rtc_us0 = ((days_from_civil(tm.tm_year + 1900LL, tm.tm_mon + 1,
                                   tm.tm_mday) * 24 + tm.tm_hour) * 60
                  + tm.tm_min) * 60 + tm.tm_sec;
    sp.rtc_us0 = sp.rtc_us0 * 1000000 + ts.tv_nsec / 1000;
    sp.rtc_t0 = 0;
    sp.rtc_last = 8;
}

/* ------------------------------------------------------------ attach/set */

int mp_hal_sim_attach(int kind, int bus, int addr, long long arg)
{
    ready();
    switch (kind) {
    case MP_HAL_SIM_SHT3X:
    case MP_HAL_SIM_EEPROM24:
    case MP_HAL_SIM_SPI_FLASH:
        return sim_bus_attach(kind, bus, addr, arg);
    case MP_HAL_SIM_UART_LOOPBACK:
        if (bus < 0 || bus >= NUART)
            return -EINVAL;
        if (sp.uart[bus].loop)
            return -EBUSY;
        sp.uart[bus].loop = 1;
        return 0;
    case MP_HAL_SIM_ADC_SOURCE:
        if (bus < 0 || bus >= NADC)
            return -EINVAL;
        if (sp.adc[bus].on)
            return -EBUSY;
        sp.adc[bus].on = 1;
        sp.adc[bus].uv = arg;
        return 0;
    case MP_HAL_SIM_WS2812:
    case MP_HAL_SIM_HCSR04:
        return sim_pulse_attach(kind, bus, addr, arg);
    case MP_HAL_SIM_I2S_TONE:
    case MP_HAL_SIM_UART_PTY:
        return sim_comm_attach(kind, bus, addr, arg);
    }
    return -EINVAL;
}

static int sim_set(int kind, int bus, int addr, int param, long long value,
                   int apply)
{
    if (kind == MP_HAL_SIM_SHT3X)
        return sim_bus_set(kind, bus, addr, param, value, apply);
    if (kind == MP_HAL_SIM_WS2812 || kind == MP_HAL_SIM_HCSR04)
        return sim_pulse_set(kind, bus, addr, param, value, apply);
    if (kind == MP_HAL_SIM_I2S_TONE || kind == MP_HAL_SIM_UART_PTY)
        return sim_comm_set(kind, bus, addr, param, value, apply);
    if (kind != MP_HAL_SIM_ADC_SOURCE || bus < 0 || bus >= NADC || param)
        return -EINVAL;
    if (!sp.adc[bus].on)
        return -ENODEV;
    if (apply)
        sp.adc[bus].uv = value;
    return 0;
}

int mp_hal_sim_set(int kind, int bus, int addr, int param, long long value)
{
    ready();
    sim_now_us();               /* changes due before this one come first */
    return sim_set(kind, bus, addr, param, value, 1);
}

long long mp_hal_sim_get(int kind, int bus, int addr, int param)
{
    ready();
    sim_now_us();
    if (kind == MP_HAL_SIM_WS2812 || kind == MP_HAL_SIM_HCSR04)
        return sim_pulse_get(kind, bus, addr, param);
    if (kind == MP_HAL_SIM_I2S_TONE)
        return sim_comm_get(kind, bus, addr, param);
    return -EINVAL;
}

/* ------------------------------------------------------------ ADC, DAC */

long long mp_hal_adc_read_uv(int ch)
{
    long long uv;
    ready();
    if (ch < 0 || ch >= NADC)
        return -EINVAL;
    sim_now_us();
    if (!sp.adc[ch].on)
        return 0;
    uv = sp.adc[ch].uv;
    return uv < 0 ? 0 : uv > ADC_FULL_UV ? ADC_FULL_UV : uv;
}

int mp_hal_adc_read_u16(int ch)
{
    long long uv = mp_hal_adc_read_uv(ch);
    if (uv < 0)
        return (int)uv;
    return (int)((uv * 65535 + ADC_FULL_UV / 2) / ADC_FULL_UV);
}

int mp_hal_dac_write(int ch, int value)
{
    char line[32];
    ready();
    if (ch < 0 || ch >= NDAC || value < 0 || value > 255)
        return -EINVAL;
    sp.dac[ch] = value;
    snprintf(line, sizeof line, "dac%d %d", ch, value);
    sim_trace_text(line);
    return 0;
}

/* ------------------------------------------------------------ PWM */

/* sim_pulse.c: the waveform (levels, counters, VCD edges) follows sp.pwm */
static void sim_pulse_pwm_changed(int pin);

int mp_hal_pwm_init(int pin, long long freq, int duty_u16)
{
    char line[80];
    if (bad_pin(pin) || freq < 1 || freq > 40000000 || duty_u16 < 0
        || duty_u16 > 65535)
        return -EINVAL;
    /* the latch is 1 while a non-zero duty runs; reads, counters and the
       VCD see the waveform (sim_pulse.c) */
    mp_hal_pin_init(pin, MP_HAL_PIN_ALT, -1, -1, duty_u16 > 0);
    if (sp.pwm[pin].on && sp.pwm[pin].freq == freq
        && sp.pwm[pin].duty == duty_u16)
        return 0;
    sp.pwm[pin].on = 1;
    sp.pwm[pin].freq = freq;
    sp.pwm[pin].duty = duty_u16;
    snprintf(line, sizeof line, "pwm pin%d freq=%lld duty_u16=%d", pin, freq,
             duty_u16);
    sim_trace_text(line);
    sim_pulse_pwm_changed(pin);
    return 0;
}

int mp_hal_pwm_deinit(int pin)
{
    char line[32];
    if (bad_pin(pin))
        return -EINVAL;
    if (!sp.pwm[pin].on)
        return 0;
    sp.pwm[pin].on = 0;
    snprintf(line, sizeof line, "pwm pin%d off", pin);
    sim_trace_text(line);
    sim_pulse_pwm_changed(pin);
    mp_hal_pin_init(pin, MP_HAL_PIN_OUT, -1, -1, 0);
    return 0;
}

long long mp_hal_pwm_get(int pin, int what)
{
    if (bad_pin(pin) || !sp.pwm[pin].on || what < 0 || what > 1)
        return -EINVAL;
    return what == MP_HAL_PWM_FREQ ? sp.pwm[pin].freq : sp.pwm[pin].duty;
}

/* ------------------------------------------------------------ UART */

/* sim_comm.c: a UART_PTY part's side (nothing without one) */
static void sim_comm_uart_push(int id, const unsigned char *buf, int len);
static void sim_comm_uart_pull(int id, struct uart *u);

static struct uart *uart_of(int id)
{
    ready();
    if (id < 0 || id >= NUART || !sp.uart[id].on)
        return NULL;
    return &sp.uart[id];
}

int mp_hal_uart_init(int id, long long baud, int bits, int parity, int stop,
                     int tx, int rx)
{
    struct uart *u;
    ready();
    if (id < 0 || id >= NUART || baud <= 0 || (bits != 7 && bits != 8)
        || parity < -1 || parity > 1 || stop < 1 || stop > 2
        || tx < -1 || tx >= NPINS || rx < -1 || rx >= NPINS)
        return -EINVAL;
    u = &sp.uart[id];
    u->on = 1;
    u->baud = baud;
    u->bits = bits;
    u->parity = parity;
    u->stop = stop;
    u->tx = tx;
    u->rx = rx;
    u->head = u->len = 0;       /* a new setting drops what was received */
    u->sent = 0;
    return 0;
}

int mp_hal_uart_write(int id, const unsigned char *buf, int len)
{
    struct uart *u = uart_of(id);
    struct sim_line l;
    int i;
    if (!u || len < 0 || (len && !buf))
        return -EINVAL;
    for (i = 0; u->loop && i < len && u->len < UART_BUF; i++) {
        u->buf[(u->head + u->len++) % UART_BUF] =
            (unsigned char)(u->bits == 7 ? buf[i] & 0x7F : buf[i]);
    }
    sim_comm_uart_push(id, buf, len);
    u->sent += len;             /* without a part the bytes are just gone */
    l.n = 0;
    sim_line_add(&l, "uart%d W", id);
    sim_line_hex(&l, buf, len);
    sim_trace_text(l.s);
    return len;
}

int mp_hal_uart_read(int id, unsigned char *buf, int len)
{
    struct uart *u = uart_of(id);
    int i;
    if (!u || len < 0 || (len && !buf))
        return -EINVAL;
    sim_comm_uart_pull(id, u);
    for (i = 0; i < len && u->len > 0; i++) {
        buf[i] = u->buf[u->head];
        u->head = (u->head + 1) % UART_BUF;
        u->len--;
    }
    return i;
}

int mp_hal_uart_any(int id)
{
    struct uart *u = uart_of(id);
    if (u)
        sim_comm_uart_pull(id, u);
    return u ? u->len : -EINVAL;
}

int mp_hal_uart_flush(int id)
{
    return uart_of(id) ? 0 : -EINVAL;   /* sending takes no time */
}

/* ------------------------------------------------------------ RTC */

long long mp_hal_rtc_get_field(int i)
{
    long long us, days, secs, y, m, d;
    ready();
    if (i < 0 || i > 7)
        return -EINVAL;
    if (i <= sp.rtc_last) {     /* a new reading of the clock */
        us = sp.rtc_us0 + (sim_now_us() - sp.rtc_t0);
        days = us / 86400000000LL;
        if (us % 86400000000LL < 0)
            days--;
        us -= days * 86400000000LL;
        secs = us / 1000000;
        civil_from_days(days, &y, &m, &d);
        sp.rtc_snap[0] = y;
        sp.rtc_snap[1] = m;
        sp.rtc_snap[2] = d;
        sp.rtc_snap[3] = ((days + 3) % 7 + 7) % 7;  /* 1970-01-01: Thu */
        sp.rtc_snap[4] = secs / 3600;
        sp.rtc_snap[5] = secs / 60 % 60;
        sp.rtc_snap[6] = secs % 60;
        sp.rtc_snap[7] = us % 1000000;
    }
    sp.rtc_last = i;
    return sp.rtc_snap[i];
}

int mp_hal_rtc_set(int y, int mo, int d, int wd, int h, int mi, int s, int us)
{
    ready();
    (void)wd;                   /* follows from the date */
    if (y < 1 || y > 9999 || mo < 1 || mo > 12 || d < 1
        || d > days_in_month(y, mo) || h < 0 || h > 23 || mi < 0 || mi > 59
        || s < 0 || s > 59 || us < 0 || us > 999999)
        return -EINVAL;
    sp.rtc_t0 = sim_now_us();
    sp.rtc_us0 = (((days_from_civil(y, mo, d) * 24 + h) * 60 + mi) * 60 + s)
                 * 1000000LL + us;
    sp.rtc_last = 8;
    return 0;
}

/* ------------------------------------------------------------ timers */

int mp_hal_timer_start(int id, long long period_us, int periodic)
{
    ready();
    if (id < 0 || id >= NTIMER || period_us < 1)
        return -EINVAL;
    sp.timer[id].on = 1;
    sp.timer[id].periodic = periodic != 0;
    sp.timer[id].period = period_us;
    sp.timer[id].due = sim_now_us() + period_us;
    return 0;
}

int mp_hal_timer_stop(int id)
{
    ready();
    if (id < 0 || id >= NTIMER)
        return -EINVAL;
    sp.timer[id].on = 0;
    return 0;
}

int mp_hal_timer_pop(void)
{
    long long now = sim_now_us();
    int i, best = -1;
    for (i = 0; i < NTIMER; i++)        /* the earliest due first */
        if (sp.timer[i].on && sp.timer[i].due <= now
            && (best < 0 || sp.timer[i].due < sp.timer[best].due))
            best = i;
    if (best < 0)
        return -1;
    if (sp.timer[best].periodic) {
        sp.timer[best].due += sp.timer[best].period;
        if (sp.timer[best].due <= now)      /* fell behind: skip, no pile-up */
            sp.timer[best].due = now + sp.timer[best].period;
    } else {
        sp.timer[best].on = 0;
    }
    return best;
}

long long mp_hal_timer_next_us(void)
{
    long long next = -1;
    int i;
    ready();
    for (i = 0; i < NTIMER; i++)
        if (sp.timer[i].on && (next < 0 || sp.timer[i].due < next))
            next = sp.timer[i].due;
    return next;
}

/* ------------------------------------------------------------ WDT */

int mp_hal_wdt_start(int ms)
{
    ready();
    if (ms < 1)
        return -EINVAL;
    sp.wdt_on = 1;
    sp.wdt_us = ms * 1000LL;
    sp.wdt_fed = sim_now_us();
    return 0;
}

int mp_hal_wdt_feed(void)
{
    ready();
    if (!sp.wdt_on)
        return -EINVAL;
    sp.wdt_fed = sim_now_us();
    return 0;
}

int mp_hal_wdt_expired(void)
{
    ready();
    return sp.wdt_on && sim_now_us() - sp.wdt_fed > sp.wdt_us;
}

/* ------------------------------------------------------------ misc */

int mp_hal_unique_id(unsigned char *buf, int len)
{
    ready();
    if (len < 0 || (len && !buf))
        return -EINVAL;
    if (len > (int)sizeof unique_id)
        len = (int)sizeof unique_id;
    memcpy(buf, unique_id, (size_t)len);
    return len;
}

int mp_hal_reset_cause(void)
{
    ready();
    return sp.cause;
}

void mp_hal_reset(int kind)
{
    if (kind >= MP_HAL_PWRON_RESET && kind <= MP_HAL_SOFT_RESET)
        next_cause = kind;
    /* the interpreter exits (or restarts and calls mp_hal_init) */
}
