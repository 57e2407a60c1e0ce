"""machine.I2S on the HAL's I2S controllers (blocking transfers that take
their play time on the board clock)."""
from interp import hal
from interp.error import oefmt
from interp.objects.root import W_Root, TypeDef
from interp.objects.funcobject import W_BuiltinFunction, W_StaticMethod
from interp.modules.machine_mod import hal_check, pin_id, peripheral_id
from interp.modules.machine_bus import buffer_bytes, buffer_len, fill_buffer

# ____________________________________________________________
# I2S

NUM_I2S = 2
I2S_RX = 0
I2S_TX = 1
I2S_MONO = 0
I2S_STEREO = 1
I2S_KEYWORDS = ['sck', 'ws', 'sd', 'mck', 'mode', 'bits', 'format', 'rate', 'ibuf']


class W_I2S(W_Root):
    _attrs_ = ['iid', 'sck', 'ws', 'sd', 'mck', 'mode', 'bits', 'format', 'rate', 'ibuf',
               'on', 'w_handler']

    def __init__(self, iid):
        self.iid = iid
        self.sck = -1
        self.ws = -1
        self.sd = -1
        self.mck = -1
        self.mode = I2S_TX
        self.bits = 16
        self.format = I2S_MONO
        self.rate = 8000
        self.ibuf = 0
        self.on = False
        self.w_handler = None

    def getclass(self, space):
        return space.builtin_types['I2S']


i2s_typedef = TypeDef('I2S', W_I2S, acceptable_as_base=False)


def i2s_configure(space, w_self, args, first):
    """The keyword arguments of I2S() / I2S.init() (all keyword-only)."""
    args.check_kw_only(space, 'I2S', I2S_KEYWORDS)
    if args.npos() > first:
        raise oefmt(space.w_TypeError, "I2S takes keyword arguments only")
    pins = []
    for name in ['sck', 'ws', 'sd']:
        w_p = args.kw(name)
        if w_p is None:
            raise oefmt(space.w_TypeError, "I2S needs the '%s' argument" % name)
        pins.append(pin_id(space, w_p))
    w_mck = args.kw('mck')
    mck = -1 if w_mck is None or space.is_none(w_mck) else pin_id(space, w_mck)
    values = []
    for name in ['mode', 'bits', 'format', 'rate', 'ibuf']:
        w_v = args.kw(name)
        if w_v is None:
            raise oefmt(space.w_TypeError, "I2S needs the '%s' argument" % name)
        values.append(space.int_w(w_v))
    mode, bits, fmt, rate, ibuf = values[0], values[1], values[2], values[3], values[4]
    if mode != I2S_RX and mode != I2S_TX:
        raise oefmt(space.w_ValueError, "invalid mode")
    if bits != 16 and bits != 32:
        raise oefmt(space.w_ValueError, "invalid bits")
    if fmt != I2S_MONO and fmt != I2S_STEREO:
        raise oefmt(space.w_ValueError, "invalid format")
    if rate < 1000 or rate > 192000:
        raise oefmt(space.w_ValueError, "invalid rate")
    if ibuf <= 0:
        raise oefmt(space.w_ValueError, "invalid ibuf")
    hal_check(space, hal.i2s_init(w_self.iid, 0 if mode == I2S_TX else 1, bits,
                                  2 if fmt == I2S_STEREO else 1, rate,
                                  pins[0], pins[1], pins[2]))
    w_self.sck, w_self.ws, w_self.sd, w_self.mck = pins[0], pins[1], pins[2], mck
    w_self.mode, w_self.bits, w_self.format = mode, bits, fmt
    w_self.rate, w_self.ibuf = rate, ibuf
    w_self.on = True


def i2s_new(space, args):
    w_self = W_I2S(peripheral_id(space, args, 'I2S', NUM_I2S))
    i2s_configure(space, w_self, args, 2)
    return w_self


i2s_typedef.add('__new__', i2s_new)


def i2s_init(space, args):
    w_self = args.arg(0)
    assert isinstance(w_self, W_I2S)
    i2s_configure(space, w_self, args, 1)
    return space.w_None


i2s_typedef.add('init', i2s_init)


@i2s_typedef.method('deinit', 0)
def i2s_deinit(space, w_self):
    hal_check(space, hal.i2s_deinit(w_self.iid))
    w_self.on = False
    return space.w_None


def i2s_check(space, w_self, mode):
    if not w_self.on:
        raise oefmt(space.w_OSError, "I2S not initialised")
    if w_self.mode != mode:
        raise oefmt(space.w_ValueError, "I2S not configured for %s" %
                    ('read' if mode == I2S_RX else 'write'))


def i2s_done(space, w_self):
    """With an irq handler: it runs (between bytecodes) once the transfer,
    which took its play time, is done."""
    if w_self.w_handler is not None:
        space.actionflag.schedule(space, w_self.w_handler, w_self)


@i2s_typedef.method('write', 1)
def i2s_write(space, w_self, w_buf):
    i2s_check(space, w_self, I2S_TX)
    n = hal_check(space, hal.i2s_write(w_self.iid, buffer_bytes(space, w_buf)))
    i2s_done(space, w_self)
    return space.newint(n)


@i2s_typedef.method('readinto', 1)
def i2s_readinto(space, w_self, w_buf):
    i2s_check(space, w_self, I2S_RX)
    r, data = hal.i2s_read(w_self.iid, buffer_len(space, w_buf))
    hal_check(space, r)
    fill_buffer(space, w_buf, data)
    i2s_done(space, w_self)
    return space.newint(len(data))


@i2s_typedef.method('irq', 1)
def i2s_irq(space, w_self, w_handler):
    if space.is_none(w_handler):
        w_self.w_handler = None
    elif not space.callable(w_handler):
        raise oefmt(space.w_TypeError, "handler must be callable")
    else:
        w_self.w_handler = w_handler
    return space.w_None


@i2s_typedef.method('__repr__', 0)
def i2s_repr(space, w_self):
    return space.newtext(
        'I2S(id=%d, sck=%d, ws=%d, sd=%d, mode=%d, bits=%d, format=%d, rate=%d, ibuf=%d)' % (
            w_self.iid, w_self.sck, w_self.ws, w_self.sd, w_self.mode, w_self.bits,
            w_self.format, w_self.rate, w_self.ibuf))


def shift_samples(data, bits, shift):
    """Each little-endian signed sample shifted (left: wraps to the sample
    size; right: arithmetic), as MicroPython's I2S.shift."""
    size = bits // 8
    out = []
    mask = (1 << bits) - 1
    top = 1 << (bits - 1)
    i = 0
    n = len(data) // size * size
    while i < n:
        v = 0
        for k in range(size):
            v |= ord(data[i + k]) << (8 * k)
        if v & top:
            v -= 1 << bits
        if shift >= 0:
            v = v << shift if shift < 64 else 0
        else:
            v = v >> (-shift) if -shift < 64 else (-1 if v < 0 else 0)
        v &= mask
        for k in range(size):
            out.append(chr((v >> (8 * k)) & 0xFF))
        i += size
    for j in range(n, len(data)):
        out.append(data[j])
    return ''.join(out)


def i2s_shift(space, args):
    """I2S.shift(*, buf, bits, shift): shift every sample of buf in place
    (positive: left, negative: right)."""
    args.check_kw_only(space, 'shift', ['buf', 'bits', 'shift'])
    if args.npos() > 0:
        raise oefmt(space.w_TypeError, "shift takes keyword arguments only")
    w_buf = args.kw('buf')
    w_bits = args.kw('bits')
    w_shift = args.kw('shift')
    if w_buf is None or w_bits is None or w_shift is None:
        raise oefmt(space.w_TypeError, "shift needs buf, bits and shift")
    bits = space.int_w(w_bits)
    shift = space.int_w(w_shift)
    if bits != 16 and bits != 32:
        raise oefmt(space.w_ValueError, "invalid bits")
    data = buffer_bytes(space, w_buf)
    fill_buffer(space, w_buf, shift_samples(data, bits, shift))
    return space.w_None


def add_to_module(space, d):
    w_i2s = space._maketype(i2s_typedef)
    for name, value in [('RX', I2S_RX), ('TX', I2S_TX), ('MONO', I2S_MONO),
                        ('STEREO', I2S_STEREO)]:
        w_i2s.dict_w[name] = space.newint(value)
    w_i2s.dict_w['shift'] = W_StaticMethod(W_BuiltinFunction('shift', i2s_shift))
    d.setitem_str('I2S', w_i2s)
