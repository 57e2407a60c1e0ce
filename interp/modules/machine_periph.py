"""machine.ADC, DAC, PWM and UART over the HAL."""
from interp import hal
from interp.error import oefmt
from interp.objects.root import W_Root, TypeDef
from interp.objects.intobject import W_Int
from interp.modules.machine_mod import hal_check, pin_id, W_Pin, peripheral_id
from interp.modules.machine_bus import buffer_bytes, buffer_len, fill_buffer
from interp.modules.machine_irq import W_IrqSource, set_polling

NUM_ADC = 16
NUM_UART = 4
DEFAULT_VREF_UV = 3300000



def channel_of(space, w_id):
    """An ADC/DAC channel: a Pin's number, or a channel number."""
    if isinstance(w_id, W_Pin):
        n = w_id.pin
    elif isinstance(w_id, W_Int):
        n = space.int_w(w_id)
    else:
        n = pin_id(space, w_id)
    if n < 0 or n >= NUM_ADC:
        raise oefmt(space.w_ValueError, "invalid ADC channel")
    return n


# ____________________________________________________________
# ADC / DAC

class W_Channel(W_Root):
    """An ADC or DAC channel (its number is the HAL's)."""
    _attrs_ = ['ch']
    type_name = ''

    def __init__(self, ch):
        self.ch = ch

    def getclass(self, space):
        return space.builtin_types[self.type_name]


class W_ADC(W_Channel):
    type_name = 'ADC'


class W_DAC(W_Channel):
    type_name = 'DAC'


def channel_repr(space, w_self):
    assert isinstance(w_self, W_Channel)
    return space.newtext('%s(%d)' % (w_self.type_name, w_self.ch))


adc_typedef = TypeDef('ADC', W_ADC, acceptable_as_base=False)


def adc_new(space, args):
    return W_ADC(channel_of(space, args.arg(1)))


adc_typedef.add('__new__', adc_new)


@adc_typedef.method('read_u16', 0)
def adc_read_u16(space, w_self):
    return space.newint(hal_check(space, hal.adc_read_u16(w_self.ch)))


@adc_typedef.method('read_uv', 0)
def adc_read_uv(space, w_self):
    return space.newint(hal_check(space, hal.adc_read_uv(w_self.ch)))


dac_typedef = TypeDef('DAC', W_DAC, acceptable_as_base=False)


def dac_new(space, args):
    return W_DAC(channel_of(space, args.arg(1)))


dac_typedef.add('__new__', dac_new)
adc_typedef.method('__repr__', 0)(channel_repr)
dac_typedef.method('__repr__', 0)(channel_repr)


@dac_typedef.method('write', 1)
def dac_write(space, w_self, w_value):
    v = space.int_w(w_value)
    if v < 0 or v > 255:
        raise oefmt(space.w_ValueError, "value out of range")
    hal_check(space, hal.dac_write(w_self.ch, v))
    return space.w_None


# ____________________________________________________________
# PWM

class W_PWM(W_Root):
    _attrs_ = ['pin', 'freq', 'duty_u16', 'active']

    def __init__(self, pin):
        self.pin = pin
        self.freq = 1000
        self.duty_u16 = 32768
        self.active = False

    def getclass(self, space):
        return space.builtin_types['PWM']


pwm_typedef = TypeDef('PWM', W_PWM, acceptable_as_base=False)


def pwm_apply(space, w_self):
    hal_check(space, hal.pwm_init(w_self.pin, w_self.freq, w_self.duty_u16))
    w_self.active = True


def pwm_configure(space, w_self, args, first):
    args.check_kw_only(space, 'PWM', ['freq', 'duty_u16', 'duty_ns', 'invert'])
    w_freq = args.arg_or_kw(first, 'freq')
    w_duty = args.arg_or_kw(first + 1, 'duty_u16')
    w_ns = args.kw('duty_ns')
    if w_freq is not None:
        set_freq(space, w_self, space.int_w(w_freq))
    if w_duty is not None:
        set_duty_u16(space, w_self, space.int_w(w_duty))
    if w_ns is not None:
        set_duty_ns(space, w_self, space.int_w(w_ns))
    pwm_apply(space, w_self)


def set_freq(space, w_self, f):
    if f <= 0 or f > 40000000:
        raise oefmt(space.w_ValueError, "freq must be between 1Hz and 40MHz")
    w_self.freq = f


def set_duty_u16(space, w_self, d):
    if d < 0 or d > 65535:
        raise oefmt(space.w_ValueError, "duty_u16 must be from 0 to 65535")
    w_self.duty_u16 = d


def set_duty_ns(space, w_self, ns):
    period_ns = 1000000000 // w_self.freq
    if ns < 0:
        raise oefmt(space.w_ValueError, "duty_ns must be positive")
    if ns > period_ns:
        ns = period_ns
    w_self.duty_u16 = (ns * 65535 + period_ns // 2) // period_ns


def pwm_new(space, args):
    w_pin = args.arg(1)
    if w_pin is None:
        raise oefmt(space.w_TypeError, "PWM needs a pin")
    w_self = W_PWM(pin_id(space, w_pin))
    pwm_configure(space, w_self, args, 2)
    return w_self


pwm_typedef.add('__new__', pwm_new)


def pwm_init(space, args):
    w_self = args.arg(0)
    assert isinstance(w_self, W_PWM)
    pwm_configure(space, w_self, args, 1)
    return space.w_None


pwm_typedef.add('init', pwm_init)


@pwm_typedef.method('freq', 0, 1)
def pwm_freq(space, w_self, w_f):
    if w_f is None:
        return space.newint(w_self.freq)
    set_freq(space, w_self, space.int_w(w_f))
    pwm_apply(space, w_self)
    return space.w_None


@pwm_typedef.method('duty_u16', 0, 1)
def pwm_duty_u16(space, w_self, w_d):
    if w_d is None:
        return space.newint(w_self.duty_u16)
    set_duty_u16(space, w_self, space.int_w(w_d))
    pwm_apply(space, w_self)
    return space.w_None


@pwm_typedef.method('duty_ns', 0, 1)
def pwm_duty_ns(space, w_self, w_ns):
    period_ns = 1000000000 // w_self.freq
    if w_ns is None:
        return space.newint((w_self.duty_u16 * period_ns + 32767) // 65535)
    set_duty_ns(space, w_self, space.int_w(w_ns))
    pwm_apply(space, w_self)
    return space.w_None


@pwm_typedef.method('deinit', 0)
def pwm_deinit(space, w_self):
    if w_self.active:
        hal_check(space, hal.pwm_deinit(w_self.pin))
        w_self.active = False
    return space.w_None


@pwm_typedef.method('__repr__', 0)
def pwm_repr(space, w_self):
    return space.newtext('PWM(Pin(%d), freq=%d, duty_u16=%d)' % (w_self.pin, w_self.freq,
                                                                w_self.duty_u16))


# ____________________________________________________________
# UART

# UART.irq triggers
UART_IRQ_RX = 1
UART_IRQ_RXIDLE = 2
UART_IRQ_TXIDLE = 4
UART_IRQ_BREAK = 8


class W_UART(W_IrqSource):
    _attrs_ = ['uid', 'baudrate', 'bits', 'parity', 'stop', 'tx', 'rx', 'timeout',
               'w_handler', 'trigger', 'flags', 'last_any', 'rx_busy', 'tx_busy']

    def __init__(self, uid):
        self.uid = uid
        self.baudrate = 9600
        self.bits = 8
        self.parity = -1
        self.stop = 1
        self.tx = -1
        self.rx = -1
        self.timeout = 0
        self.w_handler = None
        self.trigger = 0
        self.flags = 0
        self.last_any = 0
        self.rx_busy = False    # bytes came since the line was last idle
        self.tx_busy = False    # written since the last TXIDLE

    def getclass(self, space):
        return space.builtin_types['UART']

    def irq_handler(self):
        return self.w_handler

    def irq_flags(self):
        return self.flags

    def irq_trigger(self):
        return self.trigger

    def irq_set_trigger(self, space, trigger):
        self.trigger = trigger

    def irq_reset(self):
        self.w_handler = None
        self.trigger = 0

    def irq_poll(self, space):
        """The simulated line moves whole writes at once: new bytes are an
        RX event, no new bytes on the next look an RXIDLE event, a write
        a TXIDLE event."""
        n = hal.uart_any(self.uid)
        if n < 0:
            return
        flags = 0
        if n > self.last_any:
            flags |= UART_IRQ_RX
            self.rx_busy = True
        elif self.rx_busy:
            flags |= UART_IRQ_RXIDLE
            self.rx_busy = False
        if self.tx_busy:
            flags |= UART_IRQ_TXIDLE
            self.tx_busy = False
        self.last_any = n
        flags &= self.trigger
        if flags and self.w_handler is not None:
            self.flags = flags
            try:
                space.call_function(self.w_handler, [self])
            finally:
                self.flags = 0


uart_typedef = TypeDef('UART', W_UART, acceptable_as_base=False)
UART_KEYWORDS = ['baudrate', 'bits', 'parity', 'stop', 'tx', 'rx', 'timeout', 'timeout_char',
                 'rxbuf', 'txbuf', 'flow', 'invert']


def uart_configure(space, w_self, args, first):
    args.check_kw_only(space, 'UART', UART_KEYWORDS)
    w_baud = args.arg_or_kw(first, 'baudrate')
    if w_baud is not None:
        w_self.baudrate = space.int_w(w_baud)
    w_bits = args.kw('bits')
    if w_bits is not None:
        w_self.bits = space.int_w(w_bits)
    w_parity = args.kw('parity')
    if w_parity is not None:
        w_self.parity = -1 if space.is_none(w_parity) else space.int_w(w_parity) & 1
    w_stop = args.kw('stop')
    if w_stop is not None:
        w_self.stop = space.int_w(w_stop)
    for name in ['tx', 'rx']:
        w_p = args.kw(name)
        if w_p is not None:
            if name == 'tx':
                w_self.tx = pin_id(space, w_p)
            else:
                w_self.rx = pin_id(space, w_p)
    w_timeout = args.kw('timeout')
    if w_timeout is not None:
        w_self.timeout = space.int_w(w_timeout)
    if w_self.baudrate <= 0:
        raise oefmt(space.w_ValueError, "baudrate must be positive")
    if w_self.bits < 5 or w_self.bits > 9 or w_self.stop < 1 or w_self.stop > 2:
        raise oefmt(space.w_ValueError, "invalid UART format")
    hal_check(space, hal.uart_init(w_self.uid, w_self.baudrate, w_self.bits, w_self.parity,
                                   w_self.stop, w_self.tx, w_self.rx))


def uart_new(space, args):
    w_self = W_UART(peripheral_id(space, args, 'UART', NUM_UART))
    uart_configure(space, w_self, args, 2)
    return w_self


uart_typedef.add('__new__', uart_new)


def uart_init(space, args):
    w_self = args.arg(0)
    assert isinstance(w_self, W_UART)
    uart_configure(space, w_self, args, 1)
    return space.w_None


uart_typedef.add('init', uart_init)


@uart_typedef.method('deinit', 0)
def uart_deinit(space, w_self):
    return space.w_None


@uart_typedef.method('any', 0)
def uart_any(space, w_self):
    return space.newint(hal_check(space, hal.uart_any(w_self.uid)))


def uart_wait(space, w_self, n):
    """Wait up to the timeout (ms, on the board's clock) for n bytes."""
    if w_self.timeout <= 0:
        return
    from interp.modules.time_mod import _sleep
    waited = 0
    while hal.uart_any(w_self.uid) < n and waited < w_self.timeout:
        _sleep(space, 0.001)
        waited += 1


@uart_typedef.method('read', 0, 1)
def uart_read(space, w_self, w_n):
    n = hal_check(space, hal.uart_any(w_self.uid)) if w_n is None else space.int_w(w_n)
    uart_wait(space, w_self, n)
    r, data = hal.uart_read(w_self.uid, n)
    hal_check(space, r)
    if not data:
        return space.w_None         # nothing came: None, as MicroPython
    return space.newbytes(data)


@uart_typedef.method('readinto', 1, 2)
def uart_readinto(space, w_self, w_buf, w_n):
    n = buffer_len(space, w_buf) if w_n is None else space.int_w(w_n)
    uart_wait(space, w_self, n)
    r, data = hal.uart_read(w_self.uid, n)
    hal_check(space, r)
    if not data:
        return space.w_None
    fill_buffer(space, w_buf, data)
    return space.newint(len(data))


@uart_typedef.method('readline', 0)
def uart_readline(space, w_self):
    out = []
    while True:
        r, c = hal.uart_read(w_self.uid, 1)
        hal_check(space, r)
        if not c:
            uart_wait(space, w_self, 1)
            r, c = hal.uart_read(w_self.uid, 1)
            if not c:
                break
        out.append(c)
        if c == '\n':
            break
    if not out:
        return space.w_None
    return space.newbytes(''.join(out))


@uart_typedef.method('write', 1)
def uart_write(space, w_self, w_buf):
    n = hal_check(space, hal.uart_write(w_self.uid, buffer_bytes(space, w_buf)))
    w_self.tx_busy = True
    return space.newint(n)


def uart_irq(space, args):
    """irq(handler=None, trigger=0, hard=False): the handler runs between
    bytecodes with the UART; returns the irq object (irq() only returns it)."""
    w_self = args.arg(0)
    assert isinstance(w_self, W_UART)
    args.check_kw_only(space, 'irq', ['handler', 'trigger', 'hard'])
    if args.npos() == 1 and not args.has_kw():
        return w_self.irq_object()
    w_handler = args.arg_or_kw(1, 'handler')
    w_trigger = args.arg_or_kw(2, 'trigger')
    if w_handler is not None and space.is_none(w_handler):
        w_handler = None
    w_self.w_handler = w_handler
    w_self.trigger = 0 if w_trigger is None else space.int_w(w_trigger)
    w_self.last_any = max(hal.uart_any(w_self.uid), 0)
    w_self.rx_busy = False
    w_self.tx_busy = False
    set_polling(w_self, w_handler is not None)
    return w_self.irq_object()


uart_typedef.add('irq', uart_irq)


@uart_typedef.method('flush', 0)
def uart_flush(space, w_self):
    hal_check(space, hal.uart_flush(w_self.uid))
    return space.w_None


@uart_typedef.method('txdone', 0)
def uart_txdone(space, w_self):
    return space.w_True         # the simulated line sends at once


@uart_typedef.method('__repr__', 0)
def uart_repr(space, w_self):
    return space.newtext('UART(%d, baudrate=%d, bits=%d, parity=%s, stop=%d)' % (
        w_self.uid, w_self.baudrate, w_self.bits,
        'None' if w_self.parity < 0 else str(w_self.parity), w_self.stop))


def add_to_module(space, d):
    for td in [adc_typedef, dac_typedef, pwm_typedef]:
        d.setitem_str(td.name, space._maketype(td))
    w_uart = space._maketype(uart_typedef)
    for name, value in [('IRQ_RX', UART_IRQ_RX), ('IRQ_RXIDLE', UART_IRQ_RXIDLE),
                        ('IRQ_TXIDLE', UART_IRQ_TXIDLE), ('IRQ_BREAK', UART_IRQ_BREAK)]:
        w_uart.dict_w[name] = space.newint(value)
    d.setitem_str('UART', w_uart)
