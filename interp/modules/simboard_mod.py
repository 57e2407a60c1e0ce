"""simboard: the host port's handle on its simulated board, for tests and
demos (boards have no such module): drive pins from outside, script inputs
at given times, read the simulated clock."""
from interp import hal
from interp.gateway import function
from interp.objects.moduleobject import W_Module
from interp.objects.funcobject import W_BuiltinFunction
from interp.modules.machine_mod import pin_id, hal_check
from interp.error import oefmt


@function(2)
def sim_drive(space, w_pin, w_level):
    """drive(pin, level): the outside world holds the pin at level (0/1);
    None releases it."""
    level = -1 if space.is_none(w_level) else (1 if space.is_true(w_level) else 0)
    hal_check(space, hal.sim_pin_drive(pin_id(space, w_pin), level))
    return space.w_None


@function(3)
def sim_at(space, w_time_us, w_pin, w_level):
    """at(time_us, pin, level): drive the pin (None: release) when the
    board's clock (ticks_us, not wrapped) reaches time_us."""
    level = -1 if space.is_none(w_level) else (1 if space.is_true(w_level) else 0)
    hal_check(space, hal.sim_schedule_drive(space.int_w(w_time_us), pin_id(space, w_pin), level))
    return space.w_None


# the virtual parts (hal.h's MP_HAL_SIM_* kinds)
PART_KINDS = [('sht3x', 1), ('eeprom24', 2), ('spi_flash', 3), ('uart_loopback', 4),
              ('adc', 5), ('ws2812', 6), ('hcsr04', 7), ('i2s_tone', 8), ('uart_pty', 9)]


def part_kind(space, w_kind):
    name = space.text_w(w_kind)
    for n, k in PART_KINDS:
        if n == name:
            return k
    raise oefmt(space.w_ValueError, "unknown part '%s'" % name)


def attach_part(space, kind, bus, addr, arg):
    hal_check(space, hal.sim_attach(kind, bus, addr, arg))


@function(3, 4)
def sim_attach(space, w_kind, w_bus, w_addr, w_arg):
    """attach(part, bus, addr[, arg]): a virtual part on the board:
    'sht3x' (I2C sensor, addr 0x44/0x45), 'eeprom24' (I2C EEPROM of arg
    bytes, addr 0x50..0x57), 'spi_flash' (on SPI bus, addr = its CS pin, arg
    bytes), 'uart_loopback' (UART bus; addr 0), 'adc' (ADC channel bus,
    arg microvolts; addr 0)."""
    kind = part_kind(space, w_kind)
    arg = 0 if w_arg is None else space.int_w(w_arg)
    attach_part(space, kind, space.int_w(w_bus), space.int_w(w_addr), arg)
    return space.w_None


@function(4, 4)
def sim_set(space, w_kind, w_bus, w_addr, w_values):
    """set(part, bus, addr, (param, value)): change a reading now: sht3x
    param 0 temperature in milli-degC, 1 humidity in milli-%RH; adc param 0
    microvolts."""
    kind = part_kind(space, w_kind)
    items_w = space.unpack_iterable(w_values)
    if len(items_w) != 2:
        raise oefmt(space.w_ValueError, "(param, value) expected")
    hal_check(space, hal.sim_set(kind, space.int_w(w_bus), space.int_w(w_addr),
                                 space.int_w(items_w[0]), space.int_w(items_w[1])))
    return space.w_None


def sim_set_at(space, args):
    """set_at(time_us, part, bus, addr, (param, value)): the same, when the
    board's clock reaches time_us (a scripted input)."""
    if len(args.args_w) != 5:
        raise oefmt(space.w_TypeError, "set_at(time_us, part, bus, addr, (param, value))")
    kind = part_kind(space, args.args_w[1])
    items_w = space.unpack_iterable(args.args_w[4])
    if len(items_w) != 2:
        raise oefmt(space.w_ValueError, "(param, value) expected")
    hal_check(space, hal.sim_schedule_set(space.int_w(args.args_w[0]), kind,
                                          space.int_w(args.args_w[2]),
                                          space.int_w(args.args_w[3]),
                                          space.int_w(items_w[0]), space.int_w(items_w[1])))
    return space.w_None


@function(1)
def sim_pty_name(space, w_uart):
    """pty_name(uart): the host pty (e.g. /dev/pts/3) a 'uart_pty' part
    opened for that UART."""
    uart = space.int_w(w_uart)
    if uart < 0 or uart > 3:
        raise oefmt(space.w_ValueError, "invalid UART id")
    name = hal.sim_pty_name(uart)
    if not name:
        raise oefmt(space.w_OSError, "no pty on UART %d" % uart)
    return space.newtext(name)


@function(4)
def sim_get(space, w_kind, w_bus, w_addr, w_param):
    """get(part, bus, addr, param): what a part saw: 'ws2812' (bus = data
    pin, addr 0) param i = LED i's 3 bytes as received, b0 << 16 | b1 << 8 |
    b2; 'hcsr04' (bus = trigger pin, addr = echo pin) param 0 = distance in
    mm."""
    kind = part_kind(space, w_kind)
    return space.newint(hal_check(space, hal.sim_get(kind, space.int_w(w_bus),
                                                     space.int_w(w_addr),
                                                     space.int_w(w_param))))


@function(0)
def sim_now_us(space):
    """The board's clock in microseconds since start-up (not wrapped)."""
    return space.newint(hal.ticks_us())


@function(0)
def sim_virtual(space):
    return space.newbool(hal.state.virtual_time)


def make_module(space):
    w_mod = W_Module(space, 'simboard')
    d = w_mod.w_dict
    for name, func in [('drive', sim_drive), ('at', sim_at), ('now_us', sim_now_us),
                       ('virtual', sim_virtual), ('attach', sim_attach), ('set', sim_set),
                       ('set_at', sim_set_at), ('pty_name', sim_pty_name),
                       ('get', sim_get)]:
        d.setitem_str(name, W_BuiltinFunction(name, func))
    return w_mod
