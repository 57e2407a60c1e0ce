"""time: MicroPython's time module.  ticks_ms/us/cpu count on the monotonic
clock and wrap around at TICKS_PERIOD (2**30, as on MicroPython boards), so
ticks_diff/ticks_add behave as they do on hardware.  gmtime/localtime
return MicroPython's 8-tuple (year, month, mday, hour, minute, second,
weekday, yearday); localtime and mktime follow the TZ of the C library."""
from rpython.rlib import rtime, jit
from rpython.rtyper.lltypesystem import lltype, rffi
from rpython.rtyper.tool import rffi_platform
from rpython.translator.tool.cbuild import ExternalCompilationInfo
from interp.objects.moduleobject import W_Module
from interp.objects.funcobject import W_BuiltinFunction
from interp.gateway import function
from interp.error import oefmt
from interp import hal

TICKS_PERIOD = 1 << 30
TICKS_MAX = TICKS_PERIOD - 1
TICKS_HALF = TICKS_PERIOD // 2


# the ticks come from the board's HAL: real or virtual time (--virtual-time)

@function(0)
def time_ticks_ms(space):
    return space.newint((hal.program_ticks_us() // 1000) & TICKS_MAX)


@function(0)
def time_ticks_us(space):
    return space.newint(hal.program_ticks_us() & TICKS_MAX)


@function(0)
def time_ticks_cpu(space):
    return space.newint(hal.ticks_cpu() & TICKS_MAX)


@function(2)
def time_ticks_add(space, w_ticks, w_delta):
    t = space.int_w(w_ticks)
    if t < 0 or t > TICKS_MAX:
        raise oefmt(space.w_OverflowError, "ticks interval overflow")
    return space.newint((t + space.int_w(w_delta)) & TICKS_MAX)


@function(2)
def time_ticks_diff(space, w_end, w_start):
    diff = (space.int_w(w_end) - space.int_w(w_start) + TICKS_HALF) & TICKS_MAX
    return space.newint(diff - TICKS_HALF)


def next_wakeup_us():
    """The next time a sleep must stop for: a scripted input of the
    simulated board, or a machine.Timer; -1 for none."""
    from interp.modules.machine_clock import next_timer_us
    a = hal.next_event_us()
    b = next_timer_us()
    if a < 0:
        return b
    if b < 0:
        return a
    return min(a, b)


def virtual_sleep(space, us):
    """With virtual time a sleep moves the clock on at once; it stops at
    each scheduled input on the way so that IRQ handlers run at their time."""
    hal.activity()
    deadline = hal.ticks_us() + us
    while True:
        now = hal.ticks_us()
        if now >= deadline:
            break
        nxt = next_wakeup_us()
        step = deadline - now
        if now < nxt < deadline:
            step = nxt - now
        hal.advance_us(step)
        space.actionflag.fire(space)


def real_sleep(space, secs):
    """Sleep, waking at each scripted input of the simulated board on the
    way (its IRQ handlers then run at their time); returns early on a
    signal."""
    us = int(secs * 1000000.0)
    deadline = hal.ticks_us() + us
    while True:
        now = hal.ticks_us()
        if now >= deadline:
            return
        nxt = next_wakeup_us()
        if now < nxt < deadline:
            rtime.sleep((nxt - now) / 1000000.0)
        else:
            rtime.sleep((deadline - now) / 1000000.0)
            return
        space.actionflag.fire(space)


def sleep_seconds(space, secs):
    """time.sleep's work (machine.lightsleep/deepsleep use it too)."""
    _sleep(space, secs)


def _sleep(space, secs):
    if hal.state.virtual_time:
        virtual_sleep(space, int(secs * 1000000.0))
        return
    console = space.console
    if console.board and console.executing and secs > 0.0:
        console.sleep(space, secs)      # wakes for a Ctrl-C on the line
        return
    if secs > 0.0:
        real_sleep(space, secs)
    # Ctrl-C and scheduled callbacks are handled while sleeping, as on boards
    space.actionflag.fire(space)


@function(1)
def time_sleep(space, w_secs):
    _sleep(space, space.float_w(w_secs))
    return space.w_None


@function(1)
def time_sleep_ms(space, w_ms):
    _sleep(space, space.int_w(w_ms) / 1000.0)
    return space.w_None


@function(1)
def time_sleep_us(space, w_us):
    _sleep(space, space.int_w(w_us) / 1000000.0)
    return space.w_None


def now():
    """Seconds since the epoch; with virtual time, the start time plus the
    virtual clock."""
    if hal.state.virtual_time:
        return hal.state.epoch_at_start + hal.ticks_us() / 1000000.0
    return rtime.time()


@function(0)
def time_time(space):
    return space.newfloat(now())


@function(0)
def time_time_ns(space):
    return space.newint(int(now() * 1e9))     # fits a 64-bit int until 2262


# civil calendar from day counts (proleptic Gregorian)

def days_from_civil(y, m, d):
    if m <= 2:
        y -= 1
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    mp = m - 3 if m > 2 else m + 9
    doy = (153 * mp + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def civil_from_days(z):
    z += 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    if m <= 2:
        y += 1
    return y, m, d


def _time_tuple(space, secs):
    days = secs // 86400
    rem = secs - days * 86400
    y, m, d = civil_from_days(days)
    weekday = (days + 3) % 7            # 1970-01-01 was a Thursday; Monday is 0
    yearday = days - days_from_civil(y, 1, 1) + 1
    return space.newtuple([space.newint(y), space.newint(m), space.newint(d),
                           space.newint(rem // 3600), space.newint((rem // 60) % 60),
                           space.newint(rem % 60), space.newint(weekday),
                           space.newint(yearday)])


class CConfig:
    _compilation_info_ = ExternalCompilationInfo(includes=['time.h'])
    TM = rffi_platform.Struct('struct tm', [('tm_gmtoff', rffi.LONG)])


TM = rffi_platform.configure(CConfig)['TM']
TIME_TP = lltype.Ptr(lltype.Array(rffi.TIME_T, hints={'nolength': True}))
c_localtime_r = rffi.llexternal('localtime_r', [TIME_TP, lltype.Ptr(TM)], lltype.Ptr(TM),
                                compilation_info=CConfig._compilation_info_,
                                releasegil=False)


@jit.dont_look_inside
def utc_offset(secs):
    """Seconds east of UTC of local time at `secs` (TZ, daylight saving)."""
    with lltype.scoped_alloc(TIME_TP.TO, 1) as t:
        t[0] = rffi.cast(rffi.TIME_T, secs)
        with lltype.scoped_alloc(TM) as tm:
            if not c_localtime_r(t, tm):
                return 0
            return rffi.cast(lltype.Signed, tm.c_tm_gmtoff)


def _now_or(space, w_secs):
    if w_secs is None or space.is_none(w_secs):
        return int(rtime.time())
    return int(space.float_w(w_secs))


@function(0, 1)
def time_localtime(space, w_secs):
    secs = _now_or(space, w_secs)
    return _time_tuple(space, secs + utc_offset(secs))


@function(0, 1)
def time_gmtime(space, w_secs):
    if w_secs is None or space.is_none(w_secs):
        secs = int(rtime.time())
    else:
        secs = int(space.float_w(w_secs))
    return _time_tuple(space, secs)


@function(1)
def time_mktime(space, w_tuple):
    items_w = space.fixedview(w_tuple)
    if len(items_w) < 6 or len(items_w) > 9:
        raise oefmt(space.w_TypeError, "mktime needs a tuple of length 8 or 9")
    y = space.int_w(items_w[0])
    mon = space.int_w(items_w[1])
    # months out of range roll over into years, as C's mktime does
    y += (mon - 1) // 12
    mon = (mon - 1) % 12 + 1
    days = days_from_civil(y, mon, 1) + space.int_w(items_w[2]) - 1
    secs = (days * 86400 + space.int_w(items_w[3]) * 3600 +
            space.int_w(items_w[4]) * 60 + space.int_w(items_w[5]))
    # the tuple is local time: step back by the offset in force then
    return space.newint(secs - utc_offset(secs - utc_offset(secs)))


def make_module(space):
    w_mod = W_Module(space, 'time')
    d = w_mod.w_dict
    for name, func in [('ticks_ms', time_ticks_ms), ('ticks_us', time_ticks_us),
                       ('ticks_cpu', time_ticks_cpu), ('ticks_add', time_ticks_add),
                       ('ticks_diff', time_ticks_diff), ('sleep', time_sleep),
                       ('sleep_ms', time_sleep_ms), ('sleep_us', time_sleep_us),
                       ('time', time_time), ('time_ns', time_time_ns),
                       ('gmtime', time_gmtime), ('localtime', time_localtime),
                       ('mktime', time_mktime)]:
        d.setitem_str(name, W_BuiltinFunction(name, func))
    return w_mod
