"""machine.Counter, machine.Encoder, machine.bitstream, machine.time_pulse_us
(on the HAL's counters, bitstream and pin_wait).

Counter and Encoder share the HAL's units 0..7: one singleton object per id,
as on MicroPython's ESP32 port (an id in use by the other class is a
ValueError; value() on a unit not initialised raises RuntimeError)."""
import errno

from interp import hal
from interp.error import oefmt
from interp.gateway import function
from interp.objects.root import W_Root, TypeDef
from interp.objects.funcobject import W_BuiltinFunction
from interp.modules.machine_mod import pin_id, hal_check, W_Pin

NUNITS = 8
# Counter constants (MicroPython's ESP32 values)
RISING = 1
FALLING = 2
UP = 1
DOWN = 2
# the HAL's edge bits
HAL_FALLING = 1
HAL_RISING = 2


class W_PulseUnit(W_Root):
    _attrs_ = ['unit', 'running', 'phases']

    def __init__(self, unit):
        self.unit = unit
        self.running = False
        self.phases = 1


class W_Counter(W_PulseUnit):
    def getclass(self, space):
        return space.builtin_types['Counter']


class W_Encoder(W_PulseUnit):
    def getclass(self, space):
        return space.builtin_types['Encoder']


class UnitTable(object):
    def __init__(self):
        self.units_w = [None] * NUNITS


unit_table = UnitTable()

counter_typedef = TypeDef('Counter', W_Counter, acceptable_as_base=False)
encoder_typedef = TypeDef('Encoder', W_Encoder, acceptable_as_base=False)


def unit_id(space, w_id):
    if w_id is None:
        raise oefmt(space.w_TypeError, "function missing 1 required positional arguments")
    n = space.int_w(w_id)
    if n < 0 or n >= NUNITS:
        raise oefmt(space.w_ValueError, "invalid id")
    return n


def filter_arg(space, w_f):
    if w_f is None:
        return 0
    f = space.int_w(w_f)
    if f < 0:
        raise oefmt(space.w_ValueError, "filter_ns must be >= 0")
    return f


def counter_configure(space, w_self, args, first):
    """init(src, *, edge, direction, filter_ns): positional from index first."""
    args.check_kw_only(space, 'Counter', ['src', 'edge', 'direction', 'filter_ns'])
    if len(args.args_w) > first + 1:
        raise oefmt(space.w_TypeError, "too many positional arguments")
    w_src = args.arg_or_kw(first, 'src')
    if w_src is None or space.is_none(w_src):
        raise oefmt(space.w_TypeError, "src required")
    src = pin_id(space, w_src)
    w_edge = args.kw('edge')
    edge = RISING if w_edge is None else space.int_w(w_edge)
    if edge < 1 or edge > 3:
        raise oefmt(space.w_ValueError, "invalid edge")
    edges = 0
    if edge & RISING:
        edges |= HAL_RISING
    if edge & FALLING:
        edges |= HAL_FALLING
    w_dir = args.kw('direction')
    direction = 1
    dir_pin = -1
    if isinstance(w_dir, W_Pin):
        dir_pin = w_dir.pin
    elif w_dir is not None:
        d = space.int_w(w_dir)
        if d == UP:
            direction = 1
        elif d == DOWN:
            direction = -1
        else:
            raise oefmt(space.w_ValueError, "invalid direction")
    filter_ns = filter_arg(space, args.kw('filter_ns'))
    hal_check(space, hal.counter_init(w_self.unit, src, edges, direction, dir_pin, filter_ns))
    w_self.running = True


def encoder_configure(space, w_self, args, first):
    """init(phase_a, phase_b, *, phases, filter_ns)."""
    args.check_kw_only(space, 'Encoder', ['phase_a', 'phase_b', 'phases', 'filter_ns'])
    if len(args.args_w) > first + 2:
        raise oefmt(space.w_TypeError, "too many positional arguments")
    w_a = args.arg_or_kw(first, 'phase_a')
    w_b = args.arg_or_kw(first + 1, 'phase_b')
    if w_a is None or w_b is None or space.is_none(w_a) or space.is_none(w_b):
        raise oefmt(space.w_TypeError, "phase_a and phase_b required")
    a = pin_id(space, w_a)
    b = pin_id(space, w_b)
    if a == b:
        raise oefmt(space.w_ValueError, "phase_a and phase_b must differ")
    w_ph = args.kw('phases')
    phases = 1 if w_ph is None else space.int_w(w_ph)
    if phases != 1 and phases != 2 and phases != 4:
        raise oefmt(space.w_ValueError, "phases")
    filter_ns = filter_arg(space, args.kw('filter_ns'))
    hal_check(space, hal.encoder_init(w_self.unit, a, b, phases, filter_ns))
    w_self.running = True
    w_self.phases = phases


def get_unit(space, unit, encoder):
    w_old = unit_table.units_w[unit]
    if w_old is not None:
        if isinstance(w_old, W_Encoder) != encoder:
            raise oefmt(space.w_ValueError, "id in use")
        return w_old
    if encoder:
        w_new = W_Encoder(unit)
    else:
        w_new = W_Counter(unit)
    unit_table.units_w[unit] = w_new
    return w_new


def unit_new(space, args, encoder):
    unit = unit_id(space, args.arg(1))
    w_self = get_unit(space, unit, encoder)
    assert isinstance(w_self, W_PulseUnit)
    if len(args.args_w) > 2 or args.has_kw():
        if encoder:
            encoder_configure(space, w_self, args, 2)
        else:
            counter_configure(space, w_self, args, 2)
    elif not w_self.running:
        raise oefmt(space.w_TypeError, "phase_a and phase_b required" if encoder
                    else "src required")
    return w_self


def counter_new(space, args):
    return unit_new(space, args, False)


def encoder_new(space, args):
    return unit_new(space, args, True)


def counter_init(space, args):
    w_self = args.arg(0)
    assert isinstance(w_self, W_Counter)
    counter_configure(space, w_self, args, 1)
    return space.w_None


def encoder_init(space, args):
    w_self = args.arg(0)
    assert isinstance(w_self, W_Encoder)
    encoder_configure(space, w_self, args, 1)
    return space.w_None


counter_typedef.add('__new__', counter_new)
counter_typedef.add('init', counter_init)
encoder_typedef.add('__new__', encoder_new)
encoder_typedef.add('init', encoder_init)


def unit_deinit(space, w_self):
    if w_self.running:
        hal_check(space, hal.counter_deinit(w_self.unit))
        w_self.running = False
    return space.w_None


def unit_value(space, w_self, w_v):
    if not w_self.running:
        raise oefmt(space.w_RuntimeError, "not initialised")
    old = hal.counter_value(w_self.unit)     # may be negative: not an error
    if w_v is not None:
        hal_check(space, hal.counter_set(w_self.unit, space.int_w(w_v)))
    return space.newint(old)


def unit_repr(space, w_self, name):
    return space.newtext('%s(%d)' % (name, w_self.unit))


for _td in [counter_typedef, encoder_typedef]:
    _td.method('deinit', 0)(unit_deinit)
    _td.method('value', 0, 1)(unit_value)


@encoder_typedef.method('phases', 0)
def encoder_phases(space, w_self):
    return space.newint(w_self.phases)


@counter_typedef.method('__repr__', 0)
def counter_repr(space, w_self):
    return unit_repr(space, w_self, 'Counter')


@encoder_typedef.method('__repr__', 0)
def encoder_repr(space, w_self):
    return unit_repr(space, w_self, 'Encoder')


# ____________________________________________________________
# bitstream, time_pulse_us

@function(4)
def machine_bitstream(space, w_pin, w_encoding, w_timing, w_data):
    """bitstream(pin, encoding, timing, data): encoding 0 = high/low pulse
    pairs, timing (t0h, t0l, t1h, t1l) in ns, data MSB first."""
    pin = pin_id(space, w_pin)
    if space.int_w(w_encoding) != 0:
        raise oefmt(space.w_ValueError, "invalid encoding")
    items_w = space.fixedview(w_timing)
    if len(items_w) != 4:
        raise oefmt(space.w_ValueError, "timing must have 4 items")
    t = [0] * 4
    for i in range(4):
        v = space.int_w(items_w[i])
        if v < 0 or v > 1000000000:
            raise oefmt(space.w_ValueError, "invalid timing")
        t[i] = v
    data = space.bytes_w(w_data)
    assert data is not None
    hal_check(space, hal.bitstream(pin, t[0], t[1], t[2], t[3], data))
    return space.w_None


@function(2, 3)
def machine_time_pulse_us(space, w_pin, w_level, w_timeout):
    """time_pulse_us(pin, pulse_level, timeout_us=1000000): the length of
    the next pulse at pulse_level in us; -2 if it did not start within the
    timeout, -1 if it did not end within the timeout."""
    pin = pin_id(space, w_pin)
    level = 1 if space.is_true(w_level) else 0
    timeout = 1000000 if w_timeout is None else space.int_w(w_timeout)
    if timeout < 0:
        timeout = 0
    t1 = hal.pin_wait(pin, level, timeout)
    if t1 < 0:
        if t1 != -errno.ETIMEDOUT:
            hal_check(space, t1)
        return space.newint(-2)
    t2 = hal.pin_wait(pin, 1 - level, timeout)
    if t2 < 0:
        if t2 != -errno.ETIMEDOUT:
            hal_check(space, t2)
        return space.newint(-1)
    return space.newint(t2 - t1)


def add_to_module(space, d):
    w_counter = space._maketype(counter_typedef)
    for name, value in [('RISING', RISING), ('FALLING', FALLING), ('UP', UP), ('DOWN', DOWN)]:
        w_counter.dict_w[name] = space.newint(value)
    d.setitem_str('Counter', w_counter)
    d.setitem_str('Encoder', space._maketype(encoder_typedef))
    d.setitem_str('bitstream', W_BuiltinFunction('bitstream', machine_bitstream))
    d.setitem_str('time_pulse_us', W_BuiltinFunction('time_pulse_us', machine_time_pulse_us))
