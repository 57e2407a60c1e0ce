"""rffi bindings of the board HAL (hal/hal.h).  Which implementation is
linked is the port's choice (ports/NAME/port.py: HAL_SOURCES, default the
host simulator hal/host/hal_host.c).  `machine` and `time` reach hardware
through these functions only."""
import os
from rpython.rtyper.lltypesystem import rffi, lltype
from rpython.translator.tool.cbuild import ExternalCompilationInfo
from rpython.translator import cdir
from rpython.rlib import jit
from interp import portconfig

HAL_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'hal')

_sources = ''.join(['#include "%s"\n' % p for p in portconfig.HAL_SOURCES])

eci = ExternalCompilationInfo(
    include_dirs=[HAL_DIR, cdir],
    separate_module_sources=['#include "src/precommondefs.h"\n' + _sources],
    post_include_bits=[
        'RPY_EXTERN int mp_hal_init(void);',
        'RPY_EXTERN void mp_hal_deinit(void);',
        'RPY_EXTERN long long mp_hal_ticks_us(void);',
        'RPY_EXTERN long long mp_hal_ticks_cpu(void);',
        'RPY_EXTERN void mp_hal_delay_us(long long);',
        'RPY_EXTERN int mp_hal_set_virtual_time(int);',
        'RPY_EXTERN long long mp_hal_advance_us(long long);',
        'RPY_EXTERN int mp_hal_pin_count(void);',
        'RPY_EXTERN int mp_hal_pin_init(int, int, int, int, int);',
        'RPY_EXTERN int mp_hal_pin_read(int);',
        'RPY_EXTERN int mp_hal_pin_write(int, int);',
        'RPY_EXTERN int mp_hal_pin_mode(int);',
        'RPY_EXTERN int mp_hal_sim_pin_drive(int, int);',
        'RPY_EXTERN int mp_hal_pin_irq(int, int);',
        'RPY_EXTERN int mp_hal_pin_irq_pop(void);',
        'RPY_EXTERN int mp_hal_trace_open(const char *, int);',
        'RPY_EXTERN int mp_hal_trace_close(void);',
        'RPY_EXTERN int mp_hal_sim_schedule_drive(long long, int, int);',
        'RPY_EXTERN long long mp_hal_sim_next_event_us(void);',
        'RPY_EXTERN int mp_hal_adc_read_u16(int);',
        'RPY_EXTERN long long mp_hal_adc_read_uv(int);',
        'RPY_EXTERN int mp_hal_dac_write(int, int);',
        'RPY_EXTERN int mp_hal_pwm_init(int, long long, int);',
        'RPY_EXTERN int mp_hal_pwm_deinit(int);',
        'RPY_EXTERN long long mp_hal_pwm_get(int, int);',
        'RPY_EXTERN int mp_hal_i2c_init(int, int, int, long long);',
        'RPY_EXTERN int mp_hal_i2c_transfer(int, int, const unsigned char *, int, unsigned char *, int, int);',
        'RPY_EXTERN int mp_hal_spi_init(int, long long, int, int, int, int);',
        'RPY_EXTERN int mp_hal_spi_transfer(int, const unsigned char *, unsigned char *, int);',
        'RPY_EXTERN int mp_hal_uart_init(int, long long, int, int, int, int, int);',
        'RPY_EXTERN int mp_hal_uart_write(int, const unsigned char *, int);',
        'RPY_EXTERN int mp_hal_uart_read(int, unsigned char *, int);',
        'RPY_EXTERN int mp_hal_uart_any(int);',
        'RPY_EXTERN int mp_hal_uart_flush(int);',
        'RPY_EXTERN long long mp_hal_rtc_get_field(int);',
        'RPY_EXTERN int mp_hal_rtc_set(int, int, int, int, int, int, int, int);',
        'RPY_EXTERN int mp_hal_timer_start(int, long long, int);',
        'RPY_EXTERN int mp_hal_timer_stop(int);',
        'RPY_EXTERN int mp_hal_timer_pop(void);',
        'RPY_EXTERN long long mp_hal_timer_next_us(void);',
        'RPY_EXTERN int mp_hal_wdt_start(int);',
        'RPY_EXTERN int mp_hal_wdt_feed(void);',
        'RPY_EXTERN int mp_hal_wdt_expired(void);',
        'RPY_EXTERN int mp_hal_unique_id(unsigned char *, int);',
        'RPY_EXTERN int mp_hal_reset_cause(void);',
        'RPY_EXTERN void mp_hal_reset(int);',
        'RPY_EXTERN int mp_hal_sim_attach(int, int, int, long long);',
        'RPY_EXTERN int mp_hal_sim_set(int, int, int, int, long long);',
        'RPY_EXTERN int mp_hal_sim_schedule_set(long long, int, int, int, int, long long);',
        'RPY_EXTERN long long mp_hal_sim_get(int, int, int, int);',
        'RPY_EXTERN int mp_hal_sim_pty_name(int, char *, int);',
        'RPY_EXTERN long long mp_hal_pin_wait(int, int, long long);',
        'RPY_EXTERN int mp_hal_counter_init(int, int, int, int, int, long long);',
        'RPY_EXTERN int mp_hal_encoder_init(int, int, int, int, long long);',
        'RPY_EXTERN int mp_hal_counter_deinit(int);',
        'RPY_EXTERN long long mp_hal_counter_value(int);',
        'RPY_EXTERN int mp_hal_counter_set(int, long long);',
        'RPY_EXTERN int mp_hal_bitstream(int, int, int, int, int, const unsigned char *, int);',
        'RPY_EXTERN int mp_hal_i2s_init(int, int, int, int, long long, int, int, int);',
        'RPY_EXTERN int mp_hal_i2s_deinit(int);',
        'RPY_EXTERN int mp_hal_i2s_write(int, const unsigned char *, int);',
        'RPY_EXTERN int mp_hal_i2s_read(int, unsigned char *, int);',
        'RPY_EXTERN int mp_hal_can_init(int, long long, int);',
        'RPY_EXTERN int mp_hal_can_deinit(int);',
        'RPY_EXTERN int mp_hal_can_set_filter(int, int, long long, long long, int);',
        'RPY_EXTERN int mp_hal_can_filters(int, int);',
        'RPY_EXTERN int mp_hal_can_send(int, long long, const unsigned char *, int, int);',
        'RPY_EXTERN int mp_hal_can_recv(int, unsigned char *);',
        'RPY_EXTERN int mp_hal_can_cancel(int, int);',
        'RPY_EXTERN int mp_hal_can_state(int);',
        'RPY_EXTERN long long mp_hal_can_counter(int, int);',
        'RPY_EXTERN int mp_hal_can_restart(int);',
        'RPY_EXTERN int mp_hal_can_irq_pop(int);',
        'RPY_EXTERN int mp_hal_sim_can_errors(int);',
    ])

LL = rffi.LONGLONG


def _ext(name, args, res, releasegil=False):
    return rffi.llexternal(name, args, res, compilation_info=eci, releasegil=releasegil)


c_init = _ext('mp_hal_init', [], rffi.INT)
c_deinit = _ext('mp_hal_deinit', [], lltype.Void)
c_ticks_us = _ext('mp_hal_ticks_us', [], LL)
c_ticks_cpu = _ext('mp_hal_ticks_cpu', [], LL)
c_delay_us = _ext('mp_hal_delay_us', [LL], lltype.Void, releasegil=True)
c_set_virtual_time = _ext('mp_hal_set_virtual_time', [rffi.INT], rffi.INT)
c_advance_us = _ext('mp_hal_advance_us', [LL], LL)
c_pin_count = _ext('mp_hal_pin_count', [], rffi.INT)
c_pin_init = _ext('mp_hal_pin_init', [rffi.INT] * 5, rffi.INT)
c_pin_read = _ext('mp_hal_pin_read', [rffi.INT], rffi.INT)
c_pin_write = _ext('mp_hal_pin_write', [rffi.INT, rffi.INT], rffi.INT)
c_pin_mode = _ext('mp_hal_pin_mode', [rffi.INT], rffi.INT)
c_sim_pin_drive = _ext('mp_hal_sim_pin_drive', [rffi.INT, rffi.INT], rffi.INT)
c_pin_irq = _ext('mp_hal_pin_irq', [rffi.INT, rffi.INT], rffi.INT)
c_pin_irq_pop = _ext('mp_hal_pin_irq_pop', [], rffi.INT)
c_trace_open = _ext('mp_hal_trace_open', [rffi.CCHARP, rffi.INT], rffi.INT)
c_trace_close = _ext('mp_hal_trace_close', [], rffi.INT)
c_sim_next_event_us = _ext('mp_hal_sim_next_event_us', [], LL)
c_sim_schedule_drive = _ext('mp_hal_sim_schedule_drive', [LL, rffi.INT, rffi.INT], rffi.INT)


def _int(x):
    return rffi.cast(lltype.Signed, x)


def _cint(x):
    return rffi.cast(rffi.INT, x)


class HalState(object):
    def __init__(self):
        self.ready = False
        self.virtual_time = False
        self.irq_pins = 0       # pins with an edge interrupt: poll events when > 0
        self.epoch_at_start = 0.0   # time.time() at start-up, for virtual time
        self.quantum = 1            # us a clock read moves virtual time on
        self.wdt_running = False    # a machine.WDT was started: poll for expiry
        self.reset_cause = 0        # why the board last restarted (0: ask the HAL)
        self.next_cause = 0         # machine.reset()/watchdog: the cause after the restart


state = HalState()


def init():
    if not state.ready:
        c_init()
        state.ready = True


@jit.dont_look_inside
def ticks_us():
    init()
    return _int(c_ticks_us())


QUANTUM_MAX = 1000


@jit.dont_look_inside
def program_ticks_us():
    """The clock as the program reads it (time.ticks_*).  With virtual time
    a program that polls the clock (a non-blocking blink) must see time
    pass: each read moves the clock on by a quantum that doubles on
    consecutive reads, 1 us up to 1 ms, and starts again at 1 us after a
    sleep or a pin write.  Runs stay exactly repeatable."""
    init()
    if state.virtual_time:
        c_advance_us(rffi.cast(LL, state.quantum))
        if state.quantum < QUANTUM_MAX:
            state.quantum = min(state.quantum * 2, QUANTUM_MAX)
    return _int(c_ticks_us())


def activity():
    """Something happened (a sleep, a pin write): clock reads slow down again."""
    state.quantum = 1


@jit.dont_look_inside
def ticks_cpu():
    init()
    return _int(c_ticks_cpu())


@jit.dont_look_inside
def delay_us(us):
    init()
    c_delay_us(rffi.cast(LL, us))


@jit.dont_look_inside
def advance_us(us):
    init()
    return _int(c_advance_us(rffi.cast(LL, us)))


def set_virtual_time(on):
    init()
    c_set_virtual_time(_cint(1 if on else 0))
    state.virtual_time = on
    from rpython.rlib import rtime
    state.epoch_at_start = rtime.time() - ticks_us() / 1000000.0


@jit.dont_look_inside
def next_event_us():
    """When the next scheduled input falls due; -1 when none is scheduled."""
    init()
    return _int(c_sim_next_event_us())


def pin_count():
    init()
    return _int(c_pin_count())


@jit.dont_look_inside
def pin_init(pin, mode, pull, drive, value):
    init()
    return _int(c_pin_init(_cint(pin), _cint(mode), _cint(pull), _cint(drive), _cint(value)))


@jit.dont_look_inside
def pin_read(pin):
    return _int(c_pin_read(_cint(pin)))


@jit.dont_look_inside
def pin_write(pin, value):
    state.quantum = 1
    return _int(c_pin_write(_cint(pin), _cint(value)))


def pin_mode(pin):
    return _int(c_pin_mode(_cint(pin)))


def sim_pin_drive(pin, level):
    init()
    return _int(c_sim_pin_drive(_cint(pin), _cint(level)))


def pin_irq(pin, trigger):
    init()
    return _int(c_pin_irq(_cint(pin), _cint(trigger)))


@jit.dont_look_inside
def pin_irq_pop():
    return _int(c_pin_irq_pop())


def trace_open(path, fmt):
    init()
    with rffi.scoped_str2charp(path) as p:
        return _int(c_trace_open(p, _cint(fmt)))


def trace_close():
    if state.ready:
        c_trace_close()


def sim_schedule_drive(at_us, pin, level):
    init()
    return _int(c_sim_schedule_drive(rffi.cast(LL, at_us), _cint(pin), _cint(level)))


# ____________________________________________________________
# peripherals: buses, converters, PWM, RTC, watchdog

UCHARP = rffi.CArrayPtr(rffi.UCHAR)

c_adc_read_u16 = _ext('mp_hal_adc_read_u16', [rffi.INT], rffi.INT)
c_adc_read_uv = _ext('mp_hal_adc_read_uv', [rffi.INT], LL)
c_dac_write = _ext('mp_hal_dac_write', [rffi.INT, rffi.INT], rffi.INT)
c_pwm_init = _ext('mp_hal_pwm_init', [rffi.INT, LL, rffi.INT], rffi.INT)
c_pwm_deinit = _ext('mp_hal_pwm_deinit', [rffi.INT], rffi.INT)
c_pwm_get = _ext('mp_hal_pwm_get', [rffi.INT, rffi.INT], LL)
c_i2c_init = _ext('mp_hal_i2c_init', [rffi.INT, rffi.INT, rffi.INT, LL], rffi.INT)
c_i2c_transfer = _ext('mp_hal_i2c_transfer', [rffi.INT, rffi.INT, rffi.CCHARP, rffi.INT,
                                              rffi.CCHARP, rffi.INT, rffi.INT], rffi.INT)
c_spi_init = _ext('mp_hal_spi_init', [rffi.INT, LL, rffi.INT, rffi.INT, rffi.INT, rffi.INT],
                  rffi.INT)
c_spi_transfer = _ext('mp_hal_spi_transfer', [rffi.INT, rffi.CCHARP, rffi.CCHARP, rffi.INT],
                      rffi.INT)
c_uart_init = _ext('mp_hal_uart_init', [rffi.INT, LL, rffi.INT, rffi.INT, rffi.INT, rffi.INT,
                                        rffi.INT], rffi.INT)
c_uart_write = _ext('mp_hal_uart_write', [rffi.INT, rffi.CCHARP, rffi.INT], rffi.INT)
c_uart_read = _ext('mp_hal_uart_read', [rffi.INT, rffi.CCHARP, rffi.INT], rffi.INT)
c_uart_any = _ext('mp_hal_uart_any', [rffi.INT], rffi.INT)
c_uart_flush = _ext('mp_hal_uart_flush', [rffi.INT], rffi.INT)
c_rtc_get_field = _ext('mp_hal_rtc_get_field', [rffi.INT], LL)
c_rtc_set = _ext('mp_hal_rtc_set', [rffi.INT] * 8, rffi.INT)
c_timer_start = _ext('mp_hal_timer_start', [rffi.INT, LL, rffi.INT], rffi.INT)
c_timer_stop = _ext('mp_hal_timer_stop', [rffi.INT], rffi.INT)
c_timer_pop = _ext('mp_hal_timer_pop', [], rffi.INT)
c_timer_next_us = _ext('mp_hal_timer_next_us', [], LL)
c_wdt_start = _ext('mp_hal_wdt_start', [rffi.INT], rffi.INT)
c_wdt_feed = _ext('mp_hal_wdt_feed', [], rffi.INT)
c_wdt_expired = _ext('mp_hal_wdt_expired', [], rffi.INT)
c_unique_id = _ext('mp_hal_unique_id', [rffi.CCHARP, rffi.INT], rffi.INT)
c_reset_cause = _ext('mp_hal_reset_cause', [], rffi.INT)
c_reset = _ext('mp_hal_reset', [rffi.INT], lltype.Void)
c_sim_attach = _ext('mp_hal_sim_attach', [rffi.INT, rffi.INT, rffi.INT, LL], rffi.INT)
c_sim_set = _ext('mp_hal_sim_set', [rffi.INT, rffi.INT, rffi.INT, rffi.INT, LL], rffi.INT)
c_sim_schedule_set = _ext('mp_hal_sim_schedule_set', [LL, rffi.INT, rffi.INT, rffi.INT,
                                                      rffi.INT, LL], rffi.INT)


@jit.dont_look_inside
def adc_read_u16(ch):
    init()
    return _int(c_adc_read_u16(_cint(ch)))


@jit.dont_look_inside
def adc_read_uv(ch):
    init()
    return _int(c_adc_read_uv(_cint(ch)))


def dac_write(ch, value):
    init()
    return _int(c_dac_write(_cint(ch), _cint(value)))


def pwm_init(pin, freq, duty_u16):
    init()
    return _int(c_pwm_init(_cint(pin), rffi.cast(LL, freq), _cint(duty_u16)))


def pwm_deinit(pin):
    init()
    return _int(c_pwm_deinit(_cint(pin)))


def pwm_get(pin, what):
    init()
    return _int(c_pwm_get(_cint(pin), _cint(what)))


def i2c_init(bus, scl, sda, freq):
    init()
    return _int(c_i2c_init(_cint(bus), _cint(scl), _cint(sda), rffi.cast(LL, freq)))


@jit.dont_look_inside
def i2c_transfer(bus, addr, wdata, rlen, flags):
    """(result, bytes read): write wdata then read rlen bytes."""
    assert wdata is not None
    init()
    with rffi.scoped_nonmovingbuffer(wdata) as wbuf:
        rbuf = lltype.malloc(rffi.CCHARP.TO, max(rlen, 1), flavor='raw')
        try:
            r = _int(c_i2c_transfer(_cint(bus), _cint(addr), wbuf, _cint(len(wdata)),
                                    rbuf, _cint(rlen), _cint(flags)))
            data = rffi.charpsize2str(rbuf, rlen) if r >= 0 else ''
        finally:
            lltype.free(rbuf, flavor='raw')
    return r, data


def spi_init(bus, baud, polarity, phase, bits, firstbit):
    init()
    return _int(c_spi_init(_cint(bus), rffi.cast(LL, baud), _cint(polarity), _cint(phase),
                           _cint(bits), _cint(firstbit)))


@jit.dont_look_inside
def spi_transfer(bus, wdata):
    """(result, bytes read back) for a full-duplex transfer of wdata."""
    assert wdata is not None
    init()
    n = len(wdata)
    with rffi.scoped_nonmovingbuffer(wdata) as wbuf:
        rbuf = lltype.malloc(rffi.CCHARP.TO, max(n, 1), flavor='raw')
        try:
            r = _int(c_spi_transfer(_cint(bus), wbuf, rbuf, _cint(n)))
            data = rffi.charpsize2str(rbuf, n) if r >= 0 else ''
        finally:
            lltype.free(rbuf, flavor='raw')
    return r, data


def uart_init(uid, baud, bits, parity, stop, tx, rx):
    init()
    return _int(c_uart_init(_cint(uid), rffi.cast(LL, baud), _cint(bits), _cint(parity),
                            _cint(stop), _cint(tx), _cint(rx)))


@jit.dont_look_inside
def uart_write(uid, data):
    init()
    with rffi.scoped_nonmovingbuffer(data) as buf:
        return _int(c_uart_write(_cint(uid), buf, _cint(len(data))))


@jit.dont_look_inside
def uart_read(uid, n):
    """(result, data): up to n bytes that are waiting."""
    init()
    buf = lltype.malloc(rffi.CCHARP.TO, max(n, 1), flavor='raw')
    try:
        r = _int(c_uart_read(_cint(uid), buf, _cint(n)))
        data = rffi.charpsize2str(buf, r) if r > 0 else ''
    finally:
        lltype.free(buf, flavor='raw')
    return r, data


def uart_any(uid):
    init()
    return _int(c_uart_any(_cint(uid)))


def uart_flush(uid):
    init()
    return _int(c_uart_flush(_cint(uid)))


def rtc_get_field(i):
    init()
    return _int(c_rtc_get_field(_cint(i)))


def rtc_set(fields):
    init()
    return _int(c_rtc_set(_cint(fields[0]), _cint(fields[1]), _cint(fields[2]),
                          _cint(fields[3]), _cint(fields[4]), _cint(fields[5]),
                          _cint(fields[6]), _cint(fields[7])))


def timer_start(tid, period_us, periodic):
    init()
    return _int(c_timer_start(_cint(tid), rffi.cast(LL, period_us), _cint(1 if periodic else 0)))


def timer_stop(tid):
    init()
    return _int(c_timer_stop(_cint(tid)))


@jit.dont_look_inside
def timer_pop():
    return _int(c_timer_pop())


@jit.dont_look_inside
def timer_next_us():
    init()
    return _int(c_timer_next_us())


def wdt_start(ms):
    init()
    state.wdt_running = True
    return _int(c_wdt_start(_cint(ms)))


def wdt_feed():
    return _int(c_wdt_feed())


@jit.dont_look_inside
def wdt_expired():
    return _int(c_wdt_expired()) == 1


def unique_id():
    init()
    buf = lltype.malloc(rffi.CCHARP.TO, 32, flavor='raw')
    try:
        n = _int(c_unique_id(buf, _cint(32)))
        return rffi.charpsize2str(buf, n) if n > 0 else ''
    finally:
        lltype.free(buf, flavor='raw')


def reset_cause():
    init()
    return _int(c_reset_cause())


def reset(kind):
    state.next_cause = kind
    c_reset(_cint(kind))


def sim_attach(kind, bus, addr, arg):
    init()
    return _int(c_sim_attach(_cint(kind), _cint(bus), _cint(addr), rffi.cast(LL, arg)))


def sim_set(kind, bus, addr, param, value):
    init()
    return _int(c_sim_set(_cint(kind), _cint(bus), _cint(addr), _cint(param),
                          rffi.cast(LL, value)))


def sim_schedule_set(at_us, kind, bus, addr, param, value):
    init()
    return _int(c_sim_schedule_set(rffi.cast(LL, at_us), _cint(kind), _cint(bus), _cint(addr),
                                   _cint(param), rffi.cast(LL, value)))


c_sim_get = _ext('mp_hal_sim_get', [rffi.INT] * 4, LL)
c_sim_pty_name = _ext('mp_hal_sim_pty_name', [rffi.INT, rffi.CCHARP, rffi.INT], rffi.INT)


@jit.dont_look_inside
def sim_get(kind, bus, addr, param):
    init()
    return _int(c_sim_get(_cint(kind), _cint(bus), _cint(addr), _cint(param)))


def sim_pty_name(uart):
    """The host pty a UART_PTY part opened for `uart` ('' if none)."""
    init()
    buf = lltype.malloc(rffi.CCHARP.TO, 256, flavor='raw')
    try:
        n = _int(c_sim_pty_name(_cint(uart), buf, _cint(256)))
        return rffi.charpsize2str(buf, n) if n > 0 else ''
    finally:
        lltype.free(buf, flavor='raw')


# ____________________________________________________________
# pulses: waiting for a level, counters/encoders, bitstream

c_pin_wait = _ext('mp_hal_pin_wait', [rffi.INT, rffi.INT, LL], LL, releasegil=True)
c_counter_init = _ext('mp_hal_counter_init', [rffi.INT] * 5 + [LL], rffi.INT)
c_encoder_init = _ext('mp_hal_encoder_init', [rffi.INT] * 4 + [LL], rffi.INT)
c_counter_deinit = _ext('mp_hal_counter_deinit', [rffi.INT], rffi.INT)
c_counter_value = _ext('mp_hal_counter_value', [rffi.INT], LL)
c_counter_set = _ext('mp_hal_counter_set', [rffi.INT, LL], rffi.INT)
c_bitstream = _ext('mp_hal_bitstream', [rffi.INT] * 5 + [rffi.CCHARP, rffi.INT], rffi.INT,
                   releasegil=True)


@jit.dont_look_inside
def pin_wait(pin, level, timeout_us):
    """ticks_us when pin reads level, or -ETIMEDOUT (see hal.h)."""
    init()
    return _int(c_pin_wait(_cint(pin), _cint(level), rffi.cast(LL, timeout_us)))


def counter_init(unit, src, edges, direction, dir_pin, filter_ns):
    init()
    return _int(c_counter_init(_cint(unit), _cint(src), _cint(edges), _cint(direction),
                               _cint(dir_pin), rffi.cast(LL, filter_ns)))


def encoder_init(unit, pin_a, pin_b, phases, filter_ns):
    init()
    return _int(c_encoder_init(_cint(unit), _cint(pin_a), _cint(pin_b), _cint(phases),
                               rffi.cast(LL, filter_ns)))


def counter_deinit(unit):
    init()
    return _int(c_counter_deinit(_cint(unit)))


@jit.dont_look_inside
def counter_value(unit):
    init()
    return _int(c_counter_value(_cint(unit)))


def counter_set(unit, value):
    init()
    return _int(c_counter_set(_cint(unit), rffi.cast(LL, value)))


@jit.dont_look_inside
def bitstream(pin, t0h, t0l, t1h, t1l, data):
    assert data is not None
    init()
    state.quantum = 1
    with rffi.scoped_nonmovingbuffer(data) as buf:
        return _int(c_bitstream(_cint(pin), _cint(t0h), _cint(t0l), _cint(t1h), _cint(t1l),
                                buf, _cint(len(data))))


# ____________________________________________________________
# I2S and CAN

c_i2s_init = _ext('mp_hal_i2s_init', [rffi.INT] * 4 + [LL] + [rffi.INT] * 3, rffi.INT)
c_i2s_deinit = _ext('mp_hal_i2s_deinit', [rffi.INT], rffi.INT)
c_i2s_write = _ext('mp_hal_i2s_write', [rffi.INT, rffi.CCHARP, rffi.INT], rffi.INT,
                   releasegil=True)
c_i2s_read = _ext('mp_hal_i2s_read', [rffi.INT, rffi.CCHARP, rffi.INT], rffi.INT,
                  releasegil=True)
c_can_init = _ext('mp_hal_can_init', [rffi.INT, LL, rffi.INT], rffi.INT)
c_can_deinit = _ext('mp_hal_can_deinit', [rffi.INT], rffi.INT)
c_can_set_filter = _ext('mp_hal_can_set_filter', [rffi.INT, rffi.INT, LL, LL, rffi.INT],
                        rffi.INT)
c_can_filters = _ext('mp_hal_can_filters', [rffi.INT, rffi.INT], rffi.INT)
c_can_send = _ext('mp_hal_can_send', [rffi.INT, LL, rffi.CCHARP, rffi.INT, rffi.INT], rffi.INT)
c_can_recv = _ext('mp_hal_can_recv', [rffi.INT, rffi.CCHARP], rffi.INT)
c_can_cancel = _ext('mp_hal_can_cancel', [rffi.INT, rffi.INT], rffi.INT)
c_can_state = _ext('mp_hal_can_state', [rffi.INT], rffi.INT)
c_can_counter = _ext('mp_hal_can_counter', [rffi.INT, rffi.INT], LL)
c_can_restart = _ext('mp_hal_can_restart', [rffi.INT], rffi.INT)
c_can_irq_pop = _ext('mp_hal_can_irq_pop', [rffi.INT], rffi.INT)
c_sim_can_errors = _ext('mp_hal_sim_can_errors', [rffi.INT], rffi.INT)


def i2s_init(i2s_id, mode, bits, channels, rate, sck, ws, sd):
    init()
    return _int(c_i2s_init(_cint(i2s_id), _cint(mode), _cint(bits), _cint(channels),
                           rffi.cast(LL, rate), _cint(sck), _cint(ws), _cint(sd)))


def i2s_deinit(i2s_id):
    init()
    return _int(c_i2s_deinit(_cint(i2s_id)))


@jit.dont_look_inside
def i2s_write(i2s_id, data):
    init()
    state.quantum = 1
    with rffi.scoped_nonmovingbuffer(data) as buf:
        return _int(c_i2s_write(_cint(i2s_id), buf, _cint(len(data))))


@jit.dont_look_inside
def i2s_read(i2s_id, n):
    """(result, data): up to n bytes (whole frames)."""
    init()
    state.quantum = 1
    buf = lltype.malloc(rffi.CCHARP.TO, max(n, 1), flavor='raw')
    try:
        r = _int(c_i2s_read(_cint(i2s_id), buf, _cint(n)))
        data = rffi.charpsize2str(buf, r) if r > 0 else ''
    finally:
        lltype.free(buf, flavor='raw')
    return r, data


def can_init(can_id, bitrate, mode):
    init()
    return _int(c_can_init(_cint(can_id), rffi.cast(LL, bitrate), _cint(mode)))


def can_deinit(can_id):
    init()
    return _int(c_can_deinit(_cint(can_id)))


def can_set_filter(can_id, index, ident, mask, flags):
    init()
    return _int(c_can_set_filter(_cint(can_id), _cint(index), rffi.cast(LL, ident),
                                 rffi.cast(LL, mask), _cint(flags)))


def can_filters(can_id, n):
    init()
    return _int(c_can_filters(_cint(can_id), _cint(n)))


@jit.dont_look_inside
def can_send(can_id, ident, data, flags):
    init()
    with rffi.scoped_nonmovingbuffer(data) as buf:
        return _int(c_can_send(_cint(can_id), rffi.cast(LL, ident), buf, _cint(len(data)),
                               _cint(flags)))


CAN_FRAME = 16


@jit.dont_look_inside
def can_recv(can_id):
    """The 16-byte frame record (see hal.h), or '' when none is waiting."""
    init()
    buf = lltype.malloc(rffi.CCHARP.TO, CAN_FRAME, flavor='raw')
    try:
        r = _int(c_can_recv(_cint(can_id), buf))
        return rffi.charpsize2str(buf, CAN_FRAME) if r > 0 else ''
    finally:
        lltype.free(buf, flavor='raw')


def can_cancel(can_id, index):
    init()
    return _int(c_can_cancel(_cint(can_id), _cint(index)))


def can_state(can_id):
    init()
    return _int(c_can_state(_cint(can_id)))


def can_counter(can_id, which):
    init()
    return _int(c_can_counter(_cint(can_id), _cint(which)))


def can_restart(can_id):
    init()
    return _int(c_can_restart(_cint(can_id)))


@jit.dont_look_inside
def can_irq_pop(can_id):
    init()
    return _int(c_can_irq_pop(_cint(can_id)))


def sim_can_errors(n):
    init()
    return _int(c_sim_can_errors(_cint(n)))
