"""machine: the board's hardware, as MicroPython documents it, reached only
through the HAL (interp/hal.py -> hal/hal.h).  On the host port the board
is a simulator: pins, a clock that can be virtual, a trace of every edge."""
from interp import hal
from interp.error import OperationError, oefmt
from interp.gateway import function
from interp.objects.root import W_Root, TypeDef
from interp.objects.moduleobject import W_Module
from interp.objects.funcobject import W_BuiltinFunction
from interp.objects.intobject import W_Int
from interp.objects.strobject import W_Str
from interp.modules.machine_irq import W_IrqSource

# Pin modes, pulls, drives and IRQ triggers (the HAL's numbers)
IN = 0
OUT = 1
OPEN_DRAIN = 2
ALT = 3
ALT_OPEN_DRAIN = 4
ANALOG = 5
PULL_UP = 1
PULL_DOWN = 2
IRQ_FALLING = 1
IRQ_RISING = 2

MODE_NAMES = ['IN', 'OUT', 'OPEN_DRAIN', 'ALT', 'ALT_OPEN_DRAIN', 'ANALOG']


def hal_check(space, r):
    """A HAL result: negative values are -errno."""
    if r < 0:
        from interp.objects.streamobject import oserror_code
        raise oserror_code(space, -r)
    return r


def peripheral_id(space, args, name, count):
    """The id (args[1]) of a peripheral numbered 0..count-1 (UART, I2S, CAN)."""
    w_id = args.arg(1)
    if w_id is None:
        raise oefmt(space.w_TypeError, "%s needs an id" % name)
    n = space.int_w(w_id)
    if n < 0 or n >= count:
        raise oefmt(space.w_ValueError, "%s(%d) doesn't exist" % (name, n))
    return n


class W_Pin(W_IrqSource):
    _attrs_ = ['pin', 'w_handler', 'trigger', 'flags']

    def __init__(self, pin):
        self.pin = pin
        self.w_handler = None
        self.trigger = 0
        self.flags = 0          # the edge whose handler is running

    def irq_handler(self):
        return self.w_handler

    def irq_flags(self):
        return self.flags

    def irq_trigger(self):
        return self.trigger

    def irq_set_trigger(self, space, trigger):
        if self.w_handler is not None:
            self.trigger = trigger
            hal_check(space, hal.pin_irq(self.pin, trigger))

    def getclass(self, space):
        return space.builtin_types['Pin']


class PinTable(object):
    """One Pin object per pin, so that an IRQ handler gets the Pin it was
    registered on."""
    def __init__(self):
        self.pins_w = {}


pin_table = PinTable()

pin_typedef = TypeDef('Pin', W_Pin, acceptable_as_base=False)


def pin_id(space, w_id):
    if isinstance(w_id, W_Pin):
        return w_id.pin
    if isinstance(w_id, W_Int):
        n = space.int_w(w_id)
        if 0 <= n < hal.pin_count():
            return n
        raise oefmt(space.w_ValueError, "invalid pin")
    if isinstance(w_id, W_Str):
        name = w_id.utf8
        from interp.boardfile import pin_names
        n = pin_names.names.get(name, -1)
        if n >= 0:
            return n            # named in the board description (--hw)
        # the host board names its pins P0..Pn (and GPIOn) besides numbers
        for prefix in ['P', 'GPIO', 'D']:
            if name.startswith(prefix) and name[len(prefix):].isdigit():
                n = int(name[len(prefix):])
                if 0 <= n < hal.pin_count():
                    return n
        raise oefmt(space.w_ValueError, "invalid pin")
    raise oefmt(space.w_TypeError, "invalid pin")


def get_pin(space, n):
    w_pin = pin_table.pins_w.get(n, None)
    if w_pin is None:
        w_pin = W_Pin(n)
        pin_table.pins_w[n] = w_pin
    return w_pin


def pin_configure(space, w_pin, args, first):
    """Pin(id, mode, pull, *, value, drive, alt) and init(mode, pull, ...):
    positional arguments from index first."""
    args.check_kw_only(space, 'Pin', ['mode', 'pull', 'value', 'drive', 'alt'])
    w_mode = args.arg_or_kw(first, 'mode')
    w_pull = args.arg_or_kw(first + 1, 'pull')
    w_value = args.kw('value')
    w_drive = args.kw('drive')
    mode = -1 if w_mode is None or space.is_none(w_mode) else space.int_w(w_mode)
    pull = -1 if w_pull is None else (0 if space.is_none(w_pull) else space.int_w(w_pull))
    drive = -1 if w_drive is None else space.int_w(w_drive)
    value = -1
    if w_value is not None and not space.is_none(w_value):
        value = 1 if space.is_true(w_value) else 0
    if mode < -1 or mode > ANALOG:
        raise oefmt(space.w_ValueError, "invalid pin mode: %d" % mode)
    if pull < -1 or pull > PULL_DOWN:
        raise oefmt(space.w_ValueError, "invalid pin pull: %d" % pull)
    hal_check(space, hal.pin_init(w_pin.pin, mode, pull, drive, value))


def pin_new(space, args):
    w_id = args.arg(1)
    if w_id is None:
        raise oefmt(space.w_TypeError, "function missing 1 required positional arguments")
    w_pin = get_pin(space, pin_id(space, w_id))
    if len(args.args_w) > 2 or args.kw_names is not None:
        pin_configure(space, w_pin, args, 2)
    return w_pin


pin_typedef.add('__new__', pin_new)


def pin_init(space, args):
    w_self = args.arg(0)
    assert isinstance(w_self, W_Pin)
    pin_configure(space, w_self, args, 1)
    return space.w_None


pin_typedef.add('init', pin_init)


def pin_value_impl(space, w_self, w_x):
    if w_x is None:
        return space.newint(hal_check(space, hal.pin_read(w_self.pin)))
    hal_check(space, hal.pin_write(w_self.pin, 1 if space.is_true(w_x) else 0))
    return space.w_None


@pin_typedef.method('value', 0, 1)
def pin_value(space, w_self, w_x):
    return pin_value_impl(space, w_self, w_x)


@pin_typedef.method('__call__', 0, 1)
def pin_call(space, w_self, w_x):
    return pin_value_impl(space, w_self, w_x)


@pin_typedef.method('on', 0)
def pin_on(space, w_self):
    hal_check(space, hal.pin_write(w_self.pin, 1))
    return space.w_None


@pin_typedef.method('high', 0)
def pin_high(space, w_self):
    hal_check(space, hal.pin_write(w_self.pin, 1))
    return space.w_None


@pin_typedef.method('off', 0)
def pin_off(space, w_self):
    hal_check(space, hal.pin_write(w_self.pin, 0))
    return space.w_None


@pin_typedef.method('low', 0)
def pin_low(space, w_self):
    hal_check(space, hal.pin_write(w_self.pin, 0))
    return space.w_None


@pin_typedef.method('toggle', 0)
def pin_toggle(space, w_self):
    # the level being driven, not the one read back (open drain)
    level = hal_check(space, hal.pin_read(w_self.pin))
    hal_check(space, hal.pin_write(w_self.pin, 1 - level))
    return space.w_None


@pin_typedef.method('mode', 0, 1)
def pin_mode(space, w_self, w_mode):
    if w_mode is None:
        return space.newint(hal_check(space, hal.pin_mode(w_self.pin)))
    mode = space.int_w(w_mode)
    if mode < 0 or mode > ANALOG:
        raise oefmt(space.w_ValueError, "invalid pin mode: %d" % mode)
    hal_check(space, hal.pin_init(w_self.pin, mode, -1, -1, -1))
    return space.w_None


@pin_typedef.method('__repr__', 0)
def pin_repr(space, w_self):
    return space.newtext('Pin(%d)' % w_self.pin)


def pin_irq(space, args):
    """irq(handler=None, trigger=IRQ_FALLING | IRQ_RISING, *, priority, wake,
    hard): the handler runs between bytecodes with the Pin as argument.
    Returns the pin's irq object; with no arguments only returns it."""
    w_self = args.arg(0)
    assert isinstance(w_self, W_Pin)
    args.check_kw_only(space, 'irq', ['handler', 'trigger', 'priority', 'wake', 'hard'])
    if args.npos() == 1 and not args.has_kw():
        return w_self.irq_object()
    w_handler = args.arg_or_kw(1, 'handler')
    w_trigger = args.arg_or_kw(2, 'trigger')
    trigger = IRQ_FALLING | IRQ_RISING if w_trigger is None else space.int_w(w_trigger)
    if w_handler is not None and space.is_none(w_handler):
        w_handler = None
    had = w_self.w_handler is not None
    w_self.w_handler = w_handler
    w_self.trigger = trigger if w_handler is not None else 0
    hal_check(space, hal.pin_irq(w_self.pin, w_self.trigger))
    if w_handler is not None and not had:
        hal.state.irq_pins += 1
    elif w_handler is None and had:
        hal.state.irq_pins -= 1
    return w_self.irq_object()


pin_typedef.add('irq', pin_irq)


def run_pin_irqs(space):
    """Between bytecodes: call the handlers of the edges the HAL saw."""
    while True:
        ev = hal.pin_irq_pop()
        if ev < 0:
            return
        w_pin = pin_table.pins_w.get(ev >> 8, None)
        if w_pin is None or w_pin.w_handler is None:
            continue
        w_pin.flags = ev & (IRQ_FALLING | IRQ_RISING)
        try:
            space.call_function(w_pin.w_handler, [w_pin])
        finally:
            w_pin.flags = 0


def reset_irqs(space):
    """A soft reset forgets the IRQ handlers (the pins keep their levels)."""
    for w_pin in pin_table.pins_w.values():
        if w_pin.w_handler is not None:
            w_pin.w_handler = None
            w_pin.trigger = 0
            hal.pin_irq(w_pin.pin, 0)
    hal.state.irq_pins = 0
    while hal.pin_irq_pop() >= 0:
        pass


# ____________________________________________________________
# Signal: a Pin that may be active-low

class W_Signal(W_Root):
    _attrs_ = ['w_pin', 'invert']

    def __init__(self, w_pin, invert):
        self.w_pin = w_pin
        self.invert = invert

    def getclass(self, space):
        return space.builtin_types['Signal']


signal_typedef = TypeDef('Signal', W_Signal, acceptable_as_base=False)


def signal_new(space, args):
    w_id = args.arg(1)
    if w_id is None:
        raise oefmt(space.w_TypeError, "function missing 1 required positional arguments")
    w_invert = args.kw('invert')
    invert = w_invert is not None and space.is_true(w_invert)
    if isinstance(w_id, W_Pin) and len(args.args_w) == 2:
        w_pin = w_id
    else:
        w_pin = get_pin(space, pin_id(space, w_id))
        rest = [w_a for w_a in args.args_w]
        from interp.gateway import Arguments
        names = []
        values_w = []
        if args.kw_names is not None:
            for i in range(len(args.kw_names)):
                if args.kw_names[i] != 'invert':
                    names.append(args.kw_names[i])
                    values_w.append(args.kw_values_w[i])
        pin_configure(space, w_pin, Arguments(rest, names, values_w), 2)
    return W_Signal(w_pin, invert)


signal_typedef.add('__new__', signal_new)


def signal_value_impl(space, w_self, w_x):
    pin = w_self.w_pin.pin
    if w_x is None:
        v = hal_check(space, hal.pin_read(pin))
        return space.newint(v ^ 1 if w_self.invert else v)
    v = 1 if space.is_true(w_x) else 0
    hal_check(space, hal.pin_write(pin, v ^ 1 if w_self.invert else v))
    return space.w_None


@signal_typedef.method('value', 0, 1)
def signal_value(space, w_self, w_x):
    return signal_value_impl(space, w_self, w_x)


@signal_typedef.method('__call__', 0, 1)
def signal_call(space, w_self, w_x):
    return signal_value_impl(space, w_self, w_x)


@signal_typedef.method('on', 0)
def signal_on(space, w_self):
    return signal_value_impl(space, w_self, space.w_True)


@signal_typedef.method('off', 0)
def signal_off(space, w_self):
    return signal_value_impl(space, w_self, space.w_False)


# ____________________________________________________________
# module functions

@function(0)
def machine_soft_reset(space):
    # as MicroPython: SystemExit, which a board's REPL turns into a soft reset
    raise OperationError(space.w_SystemExit, space.call_function(space.w_SystemExit, []))


@function(0)
def machine_idle(space):
    space.actionflag.fire(space)
    return space.w_None


@function(0, 1)
def machine_freq(space, w_hz):
    if w_hz is None:
        return space.newint(160000000)
    space.int_w(w_hz)
    return space.w_None


@function(0)
def machine_unique_id(space):
    return space.newbytes(hal.unique_id())


@function(0)
def machine_reset(space):
    from interp.modules.machine_clock import board_reset, HARD_RESET
    board_reset(space, HARD_RESET)
    return space.w_None


@function(0)
def machine_reset_cause(space):
    if hal.state.reset_cause > 0:
        return space.newint(hal.state.reset_cause)     # since a restart of this run
    return space.newint(hal_check(space, hal.reset_cause()))


@function(0)
def machine_disable_irq(space):
    state = space.actionflag.in_scheduled
    space.actionflag.in_scheduled = True       # handlers wait until enable_irq
    return space.newbool(state)


@function(1)
def machine_enable_irq(space, w_state):
    space.actionflag.in_scheduled = space.is_true(w_state)
    return space.w_None


def make_module(space):
    w_mod = W_Module(space, 'machine')
    d = w_mod.w_dict
    w_pintype = space._maketype(pin_typedef)
    for name, value in [('IN', IN), ('OUT', OUT), ('OPEN_DRAIN', OPEN_DRAIN), ('ALT', ALT),
                        ('ALT_OPEN_DRAIN', ALT_OPEN_DRAIN), ('ANALOG', ANALOG),
                        ('PULL_UP', PULL_UP), ('PULL_DOWN', PULL_DOWN),
                        ('IRQ_FALLING', IRQ_FALLING), ('IRQ_RISING', IRQ_RISING),
                        ('DRIVE_0', 0), ('DRIVE_1', 1), ('DRIVE_2', 2), ('DRIVE_3', 3)]:
        w_pintype.dict_w[name] = space.newint(value)
    d.setitem_str('Pin', w_pintype)
    d.setitem_str('Signal', space._maketype(signal_typedef))
    from interp.modules import machine_irq
    machine_irq.make_type(space)
    from interp.modules import machine_bus, machine_periph, machine_clock
    from interp.modules import machine_pulse, machine_i2s, machine_can
    machine_bus.add_to_module(space, d)
    machine_periph.add_to_module(space, d)
    machine_clock.add_to_module(space, d)
    machine_pulse.add_to_module(space, d)
    machine_i2s.add_to_module(space, d)
    machine_can.add_to_module(space, d)
    for name, func in [('soft_reset', machine_soft_reset), ('idle', machine_idle),
                       ('reset', machine_reset), ('reset_cause', machine_reset_cause),
                       ('freq', machine_freq), ('unique_id', machine_unique_id),
                       ('disable_irq', machine_disable_irq),
                       ('enable_irq', machine_enable_irq)]:
        d.setitem_str(name, W_BuiltinFunction(name, func))
    return w_mod
