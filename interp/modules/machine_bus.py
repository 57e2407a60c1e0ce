"""machine.I2C / SoftI2C and machine.SPI / SoftSPI over the HAL's buses.
A soft (bit-banged) bus reaches the parts of the HAL's bus 0: on the host
port's simulated board that is where they are attached."""
from interp import hal
from interp.error import oefmt
from interp.objects.root import W_Root, TypeDef
from interp.modules.machine_mod import hal_check, pin_id
from rpython.rlib.rstring import StringBuilder

I2C_NOSTOP = 1
NUM_BUSES = 4               # hardware buses 0..3
SOFT_BUS = 0                # the HAL bus soft buses drive


def buffer_bytes(space, w_buf):
    data = space.bytes_w(space.call_function(space.w_bytes, [w_buf]))
    assert data is not None
    return data


def fill_buffer(space, w_buf, data):
    """Write data into a writable buffer (bytearray, memoryview, array)."""
    for i in range(len(data)):
        space.setitem(w_buf, space.newint(i), space.newint(ord(data[i])))


def buffer_len(space, w_buf):
    return space.len_w(w_buf)


# ____________________________________________________________
# I2C

class W_I2C(W_Root):
    _attrs_ = ['bus', 'soft', 'freq', 'pending', 'pending_addr', 'started']

    def __init__(self, bus, soft, freq):
        self.bus = bus
        self.soft = soft
        self.freq = freq
        self.pending = None         # SoftI2C primitives: bytes written since start()
        self.pending_addr = -1
        self.started = False

    def getclass(self, space):
        return space.builtin_types['SoftI2C' if self.soft else 'I2C']


i2c_typedef = TypeDef('I2C', W_I2C, acceptable_as_base=False)
softi2c_typedef = TypeDef('SoftI2C', W_I2C, acceptable_as_base=False)


def i2c_make(space, args, soft):
    args.check_kw_only(space, 'I2C', ['scl', 'sda', 'freq', 'timeout'])
    w_id = args.arg(1)
    w_freq = args.kw('freq')
    freq = 400000 if w_freq is None else space.int_w(w_freq)
    if freq <= 0:
        raise oefmt(space.w_ValueError, "freq must be positive")
    w_scl = args.kw('scl')
    w_sda = args.kw('sda')
    scl = -1 if w_scl is None else pin_id(space, w_scl)
    sda = -1 if w_sda is None else pin_id(space, w_sda)
    if soft:
        if scl < 0 or sda < 0:
            raise oefmt(space.w_TypeError, "SoftI2C needs scl and sda pins")
        bus = SOFT_BUS
    else:
        bus = 0 if w_id is None else space.int_w(w_id)
        if bus < 0 or bus >= NUM_BUSES:
            raise oefmt(space.w_ValueError, "I2C(%d) doesn't exist" % bus)
    hal_check(space, hal.i2c_init(bus, scl, sda, freq))
    return W_I2C(bus, soft, freq)


def i2c_new(space, args):
    return i2c_make(space, args, False)


def softi2c_new(space, args):
    w_id = args.arg(1)
    if w_id is not None:
        raise oefmt(space.w_TypeError, "SoftI2C takes scl and sda as keywords")
    return i2c_make(space, args, True)


i2c_typedef.add('__new__', i2c_new)
softi2c_typedef.add('__new__', softi2c_new)


def transfer(space, w_self, addr, wdata, rlen, stop):
    r, data = hal.i2c_transfer(w_self.bus, addr, wdata, rlen, 0 if stop else I2C_NOSTOP)
    hal_check(space, r)
    return r, data


def stop_arg(space, args, i):
    w_stop = args.arg_or_kw(i, 'stop')
    return w_stop is None or space.is_true(w_stop)


def i2c_scan(space, args):
    w_self = self_arg(args)
    found = []
    for addr in range(0x08, 0x78):
        r, data = hal.i2c_transfer(w_self.bus, addr, '', 0, 0)
        if r >= 0:
            found.append(space.newint(addr))
    return space.newlist(found)


def self_arg(args):
    w_self = args.arg(0)
    assert isinstance(w_self, W_I2C)
    return w_self


def i2c_readfrom(space, args):
    w_self = self_arg(args)
    addr = space.int_w(args.arg(1))
    n = space.int_w(args.arg(2))
    r, data = transfer(space, w_self, addr, '', n, stop_arg(space, args, 3))
    return space.newbytes(data)


def i2c_readfrom_into(space, args):
    w_self = self_arg(args)
    addr = space.int_w(args.arg(1))
    w_buf = args.arg(2)
    r, data = transfer(space, w_self, addr, '', buffer_len(space, w_buf),
                       stop_arg(space, args, 3))
    fill_buffer(space, w_buf, data)
    return space.w_None


def i2c_writeto(space, args):
    w_self = self_arg(args)
    addr = space.int_w(args.arg(1))
    data = buffer_bytes(space, args.arg(2))
    r, _ = transfer(space, w_self, addr, data, 0, stop_arg(space, args, 3))
    return space.newint(r)


def i2c_writevto(space, args):
    w_self = self_arg(args)
    addr = space.int_w(args.arg(1))
    b = StringBuilder()
    for w_item in space.unpack_iterable(args.arg(2)):
        b.append(buffer_bytes(space, w_item))
    r, _ = transfer(space, w_self, addr, b.build(), 0, stop_arg(space, args, 3))
    return space.newint(r)


def mem_address(space, args, memaddr):
    w_size = args.kw('addrsize')
    size = 8 if w_size is None else space.int_w(w_size)
    if size <= 0 or size > 32 or size % 8 != 0:
        raise oefmt(space.w_ValueError, "invalid addrsize")
    out = []
    shift = size - 8
    while shift >= 0:
        out.append(chr((memaddr >> shift) & 0xff))
        shift -= 8
    return ''.join(out)


def i2c_readfrom_mem(space, args):
    w_self = self_arg(args)
    args.check_kw_only(space, 'readfrom_mem', ['addrsize'])
    addr = space.int_w(args.arg(1))
    mem = mem_address(space, args, space.int_w(args.arg(2)))
    n = space.int_w(args.arg(3))
    r, data = transfer(space, w_self, addr, mem, n, True)
    return space.newbytes(data)


def i2c_readfrom_mem_into(space, args):
    w_self = self_arg(args)
    args.check_kw_only(space, 'readfrom_mem_into', ['addrsize'])
    addr = space.int_w(args.arg(1))
    mem = mem_address(space, args, space.int_w(args.arg(2)))
    w_buf = args.arg(3)
    r, data = transfer(space, w_self, addr, mem, buffer_len(space, w_buf), True)
    fill_buffer(space, w_buf, data)
    return space.w_None


def i2c_writeto_mem(space, args):
    w_self = self_arg(args)
    args.check_kw_only(space, 'writeto_mem', ['addrsize'])
    addr = space.int_w(args.arg(1))
    mem = mem_address(space, args, space.int_w(args.arg(2)))
    data = buffer_bytes(space, args.arg(3))
    transfer(space, w_self, addr, mem + data, 0, True)
    return space.w_None


# the primitive operations (SoftI2C): start, write the address byte and
# data, stop; the simulated bus sees the whole transaction at stop()

def i2c_start(space, args):
    w_self = self_arg(args)
    flush_pending(space, w_self, False)
    w_self.started = True
    w_self.pending = None
    w_self.pending_addr = -1
    return space.w_None


def flush_pending(space, w_self, stop):
    if w_self.pending_addr >= 0 and w_self.pending is not None:
        transfer(space, w_self, w_self.pending_addr, w_self.pending, 0, stop)
    w_self.pending = None
    w_self.pending_addr = -1


def i2c_stop(space, args):
    w_self = self_arg(args)
    flush_pending(space, w_self, True)
    w_self.started = False
    return space.w_None


def i2c_write(space, args):
    """write(buf): the first byte after start() is the address (with the
    read bit); returns how many bytes were acknowledged."""
    w_self = self_arg(args)
    data = buffer_bytes(space, args.arg(1))
    if not data:
        return space.newint(0)
    if w_self.pending_addr < 0:
        addr_byte = ord(data[0])
        w_self.pending_addr = addr_byte >> 1
        data = data[1:]
        if addr_byte & 1:
            # a read follows: check the address now
            r, _ = hal.i2c_transfer(w_self.bus, w_self.pending_addr, '', 0, I2C_NOSTOP)
            if r < 0:
                return space.newint(0)
            w_self.pending = None
            return space.newint(1 + len(data))
        r, _ = hal.i2c_transfer(w_self.bus, w_self.pending_addr, '', 0, I2C_NOSTOP)
        if r < 0:
            w_self.pending_addr = -1
            return space.newint(0)
        w_self.pending = data
        return space.newint(1 + len(data))
    w_self.pending = (w_self.pending or '') + data
    return space.newint(len(data))


def i2c_readinto(space, args):
    w_self = self_arg(args)
    w_buf = args.arg(1)
    if w_self.pending_addr < 0:
        raise oefmt(space.w_OSError, "I2C read without an address")
    r, data = transfer(space, w_self, w_self.pending_addr, '', buffer_len(space, w_buf), False)
    fill_buffer(space, w_buf, data)
    return space.w_None


def i2c_init(space, args):
    w_self = self_arg(args)
    w_freq = args.kw('freq')
    if w_freq is not None:
        w_self.freq = space.int_w(w_freq)
    return space.w_None


def i2c_repr(space, args):
    w_self = self_arg(args)
    if w_self.soft:
        return space.newtext('SoftI2C(freq=%d)' % w_self.freq)
    return space.newtext('I2C(%d, freq=%d)' % (w_self.bus, w_self.freq))


for _td in [i2c_typedef, softi2c_typedef]:
    for _name, _func in [('scan', i2c_scan), ('readfrom', i2c_readfrom),
                         ('readfrom_into', i2c_readfrom_into), ('writeto', i2c_writeto),
                         ('writevto', i2c_writevto), ('readfrom_mem', i2c_readfrom_mem),
                         ('readfrom_mem_into', i2c_readfrom_mem_into),
                         ('writeto_mem', i2c_writeto_mem), ('start', i2c_start),
                         ('stop', i2c_stop), ('write', i2c_write), ('readinto', i2c_readinto),
                         ('init', i2c_init), ('__repr__', i2c_repr)]:
        _td.add(_name, _func)


# ____________________________________________________________
# SPI

MSB = 0
LSB = 1


class W_SPI(W_Root):
    _attrs_ = ['bus', 'soft', 'baudrate', 'polarity', 'phase', 'bits', 'firstbit']

    def __init__(self, bus, soft):
        self.bus = bus
        self.soft = soft
        self.baudrate = 1000000
        self.polarity = 0
        self.phase = 0
        self.bits = 8
        self.firstbit = MSB

    def getclass(self, space):
        return space.builtin_types['SoftSPI' if self.soft else 'SPI']


spi_typedef = TypeDef('SPI', W_SPI, acceptable_as_base=False)
softspi_typedef = TypeDef('SoftSPI', W_SPI, acceptable_as_base=False)

SPI_KEYWORDS = ['baudrate', 'polarity', 'phase', 'bits', 'firstbit', 'sck', 'mosi', 'miso']


def spi_configure(space, w_self, args, first):
    args.check_kw_only(space, 'SPI', SPI_KEYWORDS)
    w_baud = args.arg_or_kw(first, 'baudrate')
    if w_baud is not None:
        w_self.baudrate = space.int_w(w_baud)
    for name in ['polarity', 'phase', 'bits', 'firstbit']:
        w_v = args.kw(name)
        if w_v is None:
            continue
        v = space.int_w(w_v)
        if name == 'polarity':
            w_self.polarity = v
        elif name == 'phase':
            w_self.phase = v
        elif name == 'bits':
            w_self.bits = v
        else:
            w_self.firstbit = v
    if w_self.baudrate <= 0:
        raise oefmt(space.w_ValueError, "baudrate must be positive")
    if not (0 <= w_self.polarity <= 1 and 0 <= w_self.phase <= 1):
        raise oefmt(space.w_ValueError, "polarity and phase must be 0 or 1")
    if w_self.firstbit != MSB and w_self.firstbit != LSB:
        raise oefmt(space.w_ValueError, "firstbit must be SPI.MSB or SPI.LSB")
    hal_check(space, hal.spi_init(w_self.bus, w_self.baudrate, w_self.polarity, w_self.phase,
                                  w_self.bits, w_self.firstbit))


def spi_make(space, args, soft):
    if soft:
        for name in ['sck', 'mosi', 'miso']:
            w_p = args.kw(name)
            if w_p is not None:
                pin_id(space, w_p)          # a valid pin
        w_self = W_SPI(SOFT_BUS, True)
        spi_configure(space, w_self, args, 1)
        return w_self
    w_id = args.arg(1)
    bus = 0 if w_id is None else space.int_w(w_id)
    if bus < 0 or bus >= NUM_BUSES:
        raise oefmt(space.w_ValueError, "SPI(%d) doesn't exist" % bus)
    w_self = W_SPI(bus, False)
    spi_configure(space, w_self, args, 2)
    return w_self


def spi_new(space, args):
    return spi_make(space, args, False)


def softspi_new(space, args):
    return spi_make(space, args, True)


spi_typedef.add('__new__', spi_new)
softspi_typedef.add('__new__', softspi_new)


def spi_self(args):
    w_self = args.arg(0)
    assert isinstance(w_self, W_SPI)
    return w_self


def spi_xfer(space, w_self, data):
    r, back = hal.spi_transfer(w_self.bus, data)
    hal_check(space, r)
    return back


def write_arg(space, args, i):
    w_write = args.arg_or_kw(i, 'write')
    return 0 if w_write is None else space.int_w(w_write) & 0xff


def spi_read(space, args):
    w_self = spi_self(args)
    n = space.int_w(args.arg(1))
    fill = chr(write_arg(space, args, 2))
    return space.newbytes(spi_xfer(space, w_self, fill * n))


def spi_readinto(space, args):
    w_self = spi_self(args)
    w_buf = args.arg(1)
    fill = chr(write_arg(space, args, 2))
    fill_buffer(space, w_buf, spi_xfer(space, w_self, fill * buffer_len(space, w_buf)))
    return space.w_None


def spi_write(space, args):
    w_self = spi_self(args)
    spi_xfer(space, w_self, buffer_bytes(space, args.arg(1)))
    return space.w_None


def spi_write_readinto(space, args):
    w_self = spi_self(args)
    data = buffer_bytes(space, args.arg(1))
    w_buf = args.arg(2)
    if buffer_len(space, w_buf) != len(data):
        raise oefmt(space.w_ValueError, "buffers must be the same length")
    fill_buffer(space, w_buf, spi_xfer(space, w_self, data))
    return space.w_None


def spi_init(space, args):
    spi_configure(space, spi_self(args), args, 1)
    return space.w_None


def spi_deinit(space, args):
    spi_self(args)
    return space.w_None


def spi_repr(space, args):
    w_self = spi_self(args)
    return space.newtext('%s(%sbaudrate=%d, polarity=%d, phase=%d, bits=%d)' % (
        'SoftSPI' if w_self.soft else 'SPI', '' if w_self.soft else '%d, ' % w_self.bus,
        w_self.baudrate, w_self.polarity, w_self.phase, w_self.bits))


for _td in [spi_typedef, softspi_typedef]:
    for _name, _func in [('read', spi_read), ('readinto', spi_readinto), ('write', spi_write),
                         ('write_readinto', spi_write_readinto), ('init', spi_init),
                         ('deinit', spi_deinit), ('__repr__', spi_repr)]:
        _td.add(_name, _func)


def add_to_module(space, d):
    d.setitem_str('I2C', space._maketype(i2c_typedef))
    d.setitem_str('SoftI2C', space._maketype(softi2c_typedef))
    for td in [spi_typedef, softspi_typedef]:
        w_type = space._maketype(td)
        w_type.dict_w['MSB'] = space.newint(MSB)
        w_type.dict_w['LSB'] = space.newint(LSB)
        d.setitem_str(td.name, w_type)
