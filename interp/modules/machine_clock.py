"""machine's clock-driven parts over the HAL: RTC, WDT (a missed feed resets
the board), Timer (callbacks on the board's clock), and resets."""
from interp import hal
from interp.error import OperationError, oefmt
from interp.objects.root import W_Root, TypeDef
from interp.objects.funcobject import W_BuiltinFunction
from interp.gateway import function
from interp.modules.machine_mod import hal_check

# MicroPython's reset causes
PWRON_RESET = 1
HARD_RESET = 2
WDT_RESET = 3
DEEPSLEEP_RESET = 4
SOFT_RESET = 5


# ____________________________________________________________
# RTC

class W_RTC(W_Root):
    def getclass(self, space):
        return space.builtin_types['RTC']


rtc_typedef = TypeDef('RTC', W_RTC, acceptable_as_base=False)


def rtc_new(space, args):
    return W_RTC()


rtc_typedef.add('__new__', rtc_new)


@rtc_typedef.method('datetime', 0, 1)
def rtc_datetime(space, w_self, w_tuple):
    """datetime(): (year, month, day, weekday, hours, minutes, seconds,
    subseconds); datetime(tuple) sets it."""
    if w_tuple is None:
        return space.newtuple([space.newint(hal.rtc_get_field(i)) for i in range(8)])
    items_w = space.unpack_iterable(w_tuple)
    if len(items_w) < 7 or len(items_w) > 8:
        raise oefmt(space.w_ValueError, "datetime needs a 7- or 8-tuple")
    fields = [space.int_w(w_x) for w_x in items_w]
    if len(fields) == 7:
        fields.append(0)
    hal_check(space, hal.rtc_set(fields))
    return space.w_None


# ____________________________________________________________
# WDT

class W_WDT(W_Root):
    _attrs_ = ['timeout']

    def __init__(self, timeout):
        self.timeout = timeout

    def getclass(self, space):
        return space.builtin_types['WDT']


wdt_typedef = TypeDef('WDT', W_WDT, acceptable_as_base=False)


def wdt_new(space, args):
    args.check_kw_only(space, 'WDT', ['id', 'timeout'])
    w_timeout = args.kw('timeout')
    if w_timeout is None:
        w_timeout = args.arg(2)
    timeout = 5000 if w_timeout is None else space.int_w(w_timeout)
    if timeout <= 0:
        raise oefmt(space.w_ValueError, "WDT timeout too short")
    hal_check(space, hal.wdt_start(timeout))
    return W_WDT(timeout)


wdt_typedef.add('__new__', wdt_new)


@wdt_typedef.method('feed', 0)
def wdt_feed(space, w_self):
    hal_check(space, hal.wdt_feed())
    return space.w_None


def check_watchdog(space):
    """Between bytecodes: a watchdog that was not fed in time resets the
    board (as hardware would, whatever the program is doing)."""
    if hal.wdt_expired():
        hal.state.wdt_running = False
        board_reset(space, WDT_RESET)


def board_reset(space, cause):
    """machine.reset() and the watchdog: the board restarts (board mode);
    a program run from the command line ends."""
    hal.reset(cause)
    space.board_reset_requested = True
    raise OperationError(space.w_SystemExit, space.call_function(space.w_SystemExit, []))


# ____________________________________________________________
# Timer: callbacks on the board's clock, run between bytecodes

ONE_SHOT = 0
PERIODIC = 1


class W_Timer(W_Root):
    _attrs_ = ['tid', 'mode', 'period_us', 'due_us', 'w_callback', 'active']

    def __init__(self, tid):
        self.tid = tid
        self.mode = PERIODIC
        self.period_us = 0
        self.due_us = 0
        self.w_callback = None
        self.active = False

    def getclass(self, space):
        return space.builtin_types['Timer']


NUM_HW_TIMERS = 4       # Timer(0..3) are the HAL's; Timer(-1) is virtual (soft)


class Timers(object):
    def __init__(self):
        self.active = []                    # running timers, soft and hardware
        self.hw_w = [None] * NUM_HW_TIMERS  # which Timer owns each HAL timer


timers = Timers()

timer_typedef = TypeDef('Timer', W_Timer, acceptable_as_base=False)


def timer_configure(space, w_self, args, first):
    args.check_kw_only(space, 'Timer', ['mode', 'period', 'freq', 'callback', 'tick_hz',
                                        'hard'])
    w_mode = args.kw('mode')
    if w_mode is not None:
        w_self.mode = space.int_w(w_mode)
    w_period = args.kw('period')
    w_freq = args.kw('freq')
    w_hz = args.kw('tick_hz')
    hz = 1000 if w_hz is None else space.int_w(w_hz)
    if w_freq is not None:
        f = space.float_w(w_freq)
        if f <= 0.0:
            raise oefmt(space.w_ValueError, "freq must be positive")
        w_self.period_us = int(1000000.0 / f)
    elif w_period is not None:
        w_self.period_us = space.int_w(w_period) * 1000000 // hz
    else:
        w_self.period_us = 1000000
    if w_self.period_us <= 0:
        raise oefmt(space.w_ValueError, "period too short")
    w_self.w_callback = args.kw('callback')
    w_self.due_us = hal.ticks_us() + w_self.period_us
    if w_self.tid >= 0:
        hal_check(space, hal.timer_start(w_self.tid, w_self.period_us, w_self.mode == PERIODIC))
        w_old = timers.hw_w[w_self.tid]
        if w_old is not None and w_old is not w_self and w_old.active:
            w_old.active = False            # another Timer(n) object took the unit
            timers.active.remove(w_old)
        timers.hw_w[w_self.tid] = w_self
    if not w_self.active:
        timers.active.append(w_self)
        w_self.active = True


def timer_new(space, args):
    w_id = args.arg(1)
    tid = -1 if w_id is None else space.int_w(w_id)
    if tid < -1 or tid >= NUM_HW_TIMERS:
        raise oefmt(space.w_ValueError, "Timer(%d) doesn't exist" % tid)
    w_self = W_Timer(tid)
    if args.kw_names is not None:
        timer_configure(space, w_self, args, 2)
    return w_self


timer_typedef.add('__new__', timer_new)


def timer_init(space, args):
    w_self = args.arg(0)
    assert isinstance(w_self, W_Timer)
    timer_configure(space, w_self, args, 1)
    return space.w_None


timer_typedef.add('init', timer_init)


@timer_typedef.method('deinit', 0)
def timer_deinit(space, w_self):
    if w_self.active:
        w_self.active = False
        timers.active.remove(w_self)
        if w_self.tid >= 0:
            hal.timer_stop(w_self.tid)
    return space.w_None


def next_timer_us():
    """When the next timer is due; -1 when none runs."""
    best = -1
    hw = False
    for w_t in timers.active:
        if w_t.tid >= 0:
            hw = True
        elif best < 0 or w_t.due_us < best:
            best = w_t.due_us
    if hw:
        t = hal.timer_next_us()
        if t >= 0 and (best < 0 or t < best):
            best = t
    return best


def run_timers(space):
    """Between bytecodes: call the callbacks of the timers that are due:
    the HAL's (it says which fired) and the virtual ones."""
    if not timers.active:
        return
    while True:
        tid = hal.timer_pop()
        if tid < 0:
            break
        w_t = timers.hw_w[tid]
        if w_t is None or not w_t.active:
            continue
        if w_t.mode != PERIODIC:
            w_t.active = False
            timers.active.remove(w_t)
        if w_t.w_callback is not None and not space.is_none(w_t.w_callback):
            space.call_function(w_t.w_callback, [w_t])
    now = hal.ticks_us()
    for w_t in list(timers.active):
        if w_t.tid >= 0 or not w_t.active or w_t.due_us > now:
            continue
        if w_t.mode == PERIODIC:
            w_t.due_us += w_t.period_us
            if w_t.due_us <= now:         # fell behind: skip, don't pile up
                w_t.due_us = now + w_t.period_us
        else:
            w_t.active = False
            timers.active.remove(w_t)
        if w_t.w_callback is not None and not space.is_none(w_t.w_callback):
            space.call_function(w_t.w_callback, [w_t])


def reset_timers():
    for w_t in timers.active:
        w_t.active = False
        if w_t.tid >= 0:
            hal.timer_stop(w_t.tid)
    timers.active = []
    timers.hw_w = [None] * NUM_HW_TIMERS


@function(0, 1)
def machine_lightsleep(space, w_ms):
    """The CPU stops and the board's clock runs on: a sleep of ms (the timers
    and scheduled inputs on the way still fire).  With no ms the board
    sleeps until its next scheduled input or timer; with none of those,
    until Ctrl-C."""
    from interp.modules import time_mod
    if w_ms is not None and not space.is_none(w_ms):
        time_mod.sleep_seconds(space, space.int_w(w_ms) / 1000.0)
        return space.w_None
    nxt = time_mod.next_wakeup_us()
    if nxt >= 0:
        time_mod.sleep_seconds(space, max(nxt - hal.ticks_us(), 0) / 1000000.0)
        return space.w_None
    while True:
        time_mod.real_sleep(space, 0.05)    # KeyboardInterrupt ends it
        space.actionflag.fire(space)


@function(0, 1)
def machine_deepsleep(space, w_ms):
    """Deep sleep ends in a reset: board mode sleeps ms (if given) and
    restarts with reset_cause() == DEEPSLEEP_RESET; a program run from the
    command line ends there."""
    if w_ms is not None and not space.is_none(w_ms):
        ms = space.int_w(w_ms)
        if space.console.board:
            from interp.modules import time_mod
            time_mod.sleep_seconds(space, ms / 1000.0)
    board_reset(space, DEEPSLEEP_RESET)
    return space.w_None


def add_to_module(space, d):
    d.setitem_str('lightsleep', W_BuiltinFunction('lightsleep', machine_lightsleep))
    d.setitem_str('deepsleep', W_BuiltinFunction('deepsleep', machine_deepsleep))
    for td in [rtc_typedef, wdt_typedef]:
        d.setitem_str(td.name, space._maketype(td))
    w_timer = space._maketype(timer_typedef)
    w_timer.dict_w['ONE_SHOT'] = space.newint(ONE_SHOT)
    w_timer.dict_w['PERIODIC'] = space.newint(PERIODIC)
    d.setitem_str('Timer', w_timer)
    for name, value in [('PWRON_RESET', PWRON_RESET), ('HARD_RESET', HARD_RESET),
                        ('WDT_RESET', WDT_RESET), ('DEEPSLEEP_RESET', DEEPSLEEP_RESET),
                        ('SOFT_RESET', SOFT_RESET)]:
        d.setitem_str(name, space.newint(value))
