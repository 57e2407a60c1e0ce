# struct: pack and unpack binary records (frozen into micropy).
#
# MicroPython's API (calcsize, pack, pack_into, unpack, unpack_from) plus
# CPython's Struct and iter_unpack, with CPython's results on x86-64 Linux:
# byte orders @ (native sizes and alignment) = < > !, codes
# x c b B ? h H i I l L q Q n N P e f d s p, repeat counts and whitespace.
# Errors follow CPython: struct.error (a plain Exception subclass) for bad
# formats, bad arguments and out-of-range values, OverflowError for floats
# too large for 'e' and standard 'f', TypeError for non-buffer arguments.
# Floats are encoded bit-exactly (IEEE 754, round half to even) with
# math.frexp/ldexp and integer arithmetic.

import math


class error(Exception):
    pass


_MAXSIZE = (1 << 63) - 1
_SPACES = ' \t\n\r\x0b\x0c'

# code -> item size; native ('@') alignment equals the size on x86-64
_NATIVE = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2,
           'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'n': 8, 'N': 8,
           'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1, 'P': 8}
_STANDARD = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2,
             'i': 4, 'I': 4, 'l': 4, 'L': 4, 'q': 8, 'Q': 8,
             'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1}
_SIGNED = 'bhilqn'
_UNSIGNED = 'BHILQN'
_INF = float('inf')
_NAN = float('nan')
_INT_NAMES = {'b': 'byte', 'B': 'ubyte', 'h': 'short', 'H': 'ushort'}


# --- floats <-> IEEE 754 bit patterns --------------------------------------

def _float_bits(x, ebits, mbits, code, strict):
    # the bit pattern (an int) of x in a binary format with ebits exponent
    # bits and mbits stored mantissa bits, rounding half to even
    bias = (1 << (ebits - 1)) - 1
    emaxfield = (1 << ebits) - 1
    signbit = 1 << (ebits + mbits)
    if x != x:
        if math.copysign(1.0, x) < 0:
            return signbit | (emaxfield << mbits) | (1 << (mbits - 1))
        return (emaxfield << mbits) | (1 << (mbits - 1))
    sign = 0
    if x < 0.0 or (x == 0.0 and math.copysign(1.0, x) < 0):
        sign = signbit
        x = -x
    if x == 0.0:
        return sign
    if x == _INF:
        return sign | (emaxfield << mbits)
    m, e = math.frexp(x)            # x = m * 2**e, 0.5 <= m < 1
    big = int(math.ldexp(m, 53))     # exact: x = big * 2**(e - 53)
    k = e - 53
    emin = 1 - bias
    p = mbits + 1
    normal = e - 1 >= emin
    if normal:
        qexp = e - p
    else:
        qexp = emin - mbits
    s = qexp - k
    if s <= 0:
        n = big << (-s)
    else:
        n = big >> s
        rem = big & ((1 << s) - 1)
        half = 1 << (s - 1)
        if rem > half or (rem == half and n & 1):
            n += 1
    if not normal:
        # a subnormal; rounding up to the smallest normal gives its pattern
        return sign | n
    ef = e - 1 + bias
    if n == (1 << p):
        n >>= 1
        ef += 1
    if ef >= emaxfield:
        if strict:
            raise OverflowError('float too large to pack with %s format'
                                % code)
        return sign | (emaxfield << mbits)
    return sign | (ef << mbits) | (n - (1 << mbits))


def _bits_float(b, ebits, mbits):
    bias = (1 << (ebits - 1)) - 1
    emaxfield = (1 << ebits) - 1
    sign = (b >> (ebits + mbits)) & 1
    ef = (b >> mbits) & emaxfield
    frac = b & ((1 << mbits) - 1)
    if ef == emaxfield:
        if frac:
            r = _NAN
        else:
            r = _INF
    elif ef == 0:
        r = math.ldexp(float(frac), 1 - bias - mbits)
    else:
        r = math.ldexp(float(frac | (1 << mbits)), ef - bias - mbits)
    if sign:
        return -r
    return r


# --- argument conversion ----------------------------------------------------

def _get_int(v):
    if isinstance(v, int):
        return int(v)
    if not isinstance(v, (float, str, bytes, bytearray)):
        try:
            index = v.__index__
        except AttributeError:
            index = None
        if index is not None:
            r = index()
            if not isinstance(r, int):
                raise TypeError('__index__ returned non-int (type %s)'
                                % type(r).__name__)
            return int(r)
    raise error('required argument is not an integer')


def _get_float(v):
    if isinstance(v, float):
        return v
    try:
        if isinstance(v, int):
            return float(v)
        if isinstance(v, (str, bytes, bytearray, complex)):
            raise TypeError
        try:
            conv = v.__float__
        except AttributeError:
            conv = None
        if conv is not None:
            r = conv()
            if not isinstance(r, float):
                raise TypeError
            return r
        return float(_get_int(v))
    except Exception:
        raise error('required argument is not a float')


def _range_error(code, lo, hi):
    name = _INT_NAMES.get(code)
    if name is not None:
        return error('%s format requires %d <= number <= %d' % (name, lo, hi))
    return error("'%s' format requires %d <= number <= %d" % (code, lo, hi))


def _as_bytes(data):
    if isinstance(data, bytes):
        return data
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    if not isinstance(data, str):
        try:
            return bytes(memoryview(data))      # other buffers (array.array)
        except TypeError:
            pass
    raise TypeError("a bytes-like object is required, not '%s'"
                    % type(data).__name__)


def _put_uint(buf, off, val, size, little):
    if little:
        for i in range(size):
            buf[off + i] = val & 0xff
            val >>= 8
    else:
        for i in range(size - 1, -1, -1):
            buf[off + i] = val & 0xff
            val >>= 8


def _get_uint(data, off, size, little):
    val = 0
    if little:
        for i in range(off + size - 1, off - 1, -1):
            val = (val << 8) | data[i]
    else:
        for i in range(off, off + size):
            val = (val << 8) | data[i]
    return val


# --- formats ----------------------------------------------------------------

def _parse(fmt):
    # -> (little, native, size, items); items: (code, size_or_count, offset)
    if isinstance(fmt, bytes):
        s = ''.join([chr(c) for c in fmt])
    elif isinstance(fmt, str):
        s = fmt
    else:
        raise TypeError('Struct() argument 1 must be a str or bytes object, '
                        'not %s' % type(fmt).__name__)
    n = len(s)
    i = 0
    order = '@'
    if n and s[0] in '@=<>!':
        order = s[0]
        i = 1
    native = order == '@'
    little = order in '@=<'
    if native:
        table = _NATIVE
    else:
        table = _STANDARD
    size = 0
    items = []
    while i < n:
        c = s[i]
        i += 1
        if c in _SPACES:
            continue
        if '0' <= c <= '9':
            num = ord(c) - 48
            while i < n and '0' <= s[i] <= '9':
                d = ord(s[i]) - 48
                if num > (_MAXSIZE - d) // 10:
                    raise error('total struct size too long')
                num = num * 10 + d
                i += 1
            if i >= n:
                raise error('repeat count given without format specifier')
            c = s[i]
            i += 1
        else:
            num = 1
        isz = table.get(c)
        if isz is None:
            raise error('bad char in struct format')
        if native and isz > 1 and size % isz:
            size += isz - size % isz
        if num > (_MAXSIZE - size) // isz:
            raise error('total struct size too long')
        if c == 's' or c == 'p':
            items.append((c, num, size))
        elif c != 'x':
            for j in range(num):
                items.append((c, isz, size + j * isz))
        size += num * isz
    return little, native, size, items


class Struct:
    def __init__(self, format):
        little, native, size, items = _parse(format)
        if isinstance(format, bytes):
            format = ''.join([chr(c) for c in format])
        self.format = format
        self.size = size
        self._little = little
        self._native = native
        self._items = items

    def __repr__(self):
        return 'Struct(%r)' % self.format

    def _pack_to(self, buf, base, args):
        little = self._little
        for k in range(len(args)):
            code, sz, off = self._items[k]
            off += base
            v = args[k]
            if code == 's' or code == 'p':
                if not isinstance(v, (bytes, bytearray)):
                    raise error("argument for '%s' must be a bytes object"
                                % code)
                n = len(v)
                if code == 's':
                    if n > sz:
                        n = sz
                    buf[off:off + n] = v[:n]
                else:
                    if n > sz - 1:
                        n = sz - 1
                    if n > 0:
                        buf[off + 1:off + 1 + n] = v[:n]
                    if n > 255:
                        n = 255
                    if sz > 0:
                        buf[off] = n
            elif code == 'c':
                if not isinstance(v, bytes) or len(v) != 1:
                    raise error('char format requires a bytes object '
                                'of length 1')
                buf[off] = v[0]
            elif code == '?':
                if v:
                    buf[off] = 1
                else:
                    buf[off] = 0
            elif code == 'd':
                _put_uint(buf, off, _float_bits(_get_float(v), 11, 52, 'd',
                                                False), 8, little)
            elif code == 'f' or code == 'e':
                x = _get_float(v)
                try:
                    if code == 'f':
                        bits = _float_bits(x, 8, 23, 'f', not self._native)
                        _put_uint(buf, off, bits, 4, little)
                    else:
                        bits = _float_bits(x, 5, 10, 'e', True)
                        _put_uint(buf, off, bits, 2, little)
                except OverflowError:
                    # CPython turns an OverflowError for an int argument
                    # into struct.error
                    if isinstance(v, int):
                        raise error('int too large to convert')
                    raise
            elif code == 'P':
                x = _get_int(v)
                if x < -(1 << 63) or x >= (1 << 64):
                    if isinstance(v, int):
                        raise error('int too large to convert')
                    raise OverflowError('int too large to convert')
                _put_uint(buf, off, x & 0xffffffffffffffff, 8, little)
            else:
                x = _get_int(v)
                bits = 8 * sz
                if code in _SIGNED:
                    lo = -(1 << (bits - 1))
                    hi = (1 << (bits - 1)) - 1
                else:
                    lo = 0
                    hi = (1 << bits) - 1
                if x < lo or x > hi:
                    if sz == 8 or (code in 'lL' and not self._native) or \
                            (code in 'IL' and x < 0):
                        raise error('argument out of range')
                    raise _range_error(code, lo, hi)
                _put_uint(buf, off, x & ((1 << bits) - 1), sz, little)

    def _check_count(self, args):
        if len(args) != len(self._items):
            raise error('pack expected %d items for packing (got %d)'
                        % (len(self._items), len(args)))

    def pack(self, *args):
        self._check_count(args)
        buf = bytearray(self.size)
        self._pack_to(buf, 0, args)
        return bytes(buf)

    def pack_into(self, buffer, offset, *args):
        self._check_count(args)
        if not isinstance(buffer, (bytes, str, bytearray, memoryview)):
            try:
                buffer = memoryview(buffer)     # other buffers (array.array)
            except TypeError:
                pass
        if isinstance(buffer, (bytes, str)) or not isinstance(
                buffer, (bytearray, memoryview)) or (
                isinstance(buffer, memoryview) and buffer.readonly):
            raise TypeError('argument must be read-write bytes-like object, '
                            'not %s' % type(buffer).__name__)
        offset = _get_offset(offset)
        blen = len(buffer)
        size = self.size
        if offset < 0:
            if offset + size > 0:
                raise error('no space to pack %d bytes at offset %d'
                            % (size, offset))
            if offset + blen < 0:
                raise error('offset %d out of range for %d-byte buffer'
                            % (offset, blen))
            offset += blen
        if blen - offset < size:
            raise error('pack_into requires a buffer of at least %d bytes '
                        'for packing %d bytes at offset %d (actual buffer '
                        'size is %d)' % (size + offset, size, offset, blen))
        buf = bytearray(size)
        self._pack_to(buf, 0, args)
        buffer[offset:offset + size] = buf

    def _unpack_at(self, data, base):
        little = self._little
        res = []
        for code, sz, off in self._items:
            off += base
            if code == 's':
                res.append(data[off:off + sz])
            elif code == 'p':
                if sz == 0:
                    res.append(b'')
                else:
                    n = data[off]
                    if n >= sz:
                        n = sz - 1
                    res.append(data[off + 1:off + 1 + n])
            elif code == 'c':
                res.append(data[off:off + 1])
            elif code == '?':
                res.append(data[off] != 0)
            elif code == 'd':
                res.append(_bits_float(_get_uint(data, off, 8, little),
                                       11, 52))
            elif code == 'f':
                res.append(_bits_float(_get_uint(data, off, 4, little),
                                       8, 23))
            elif code == 'e':
                res.append(_bits_float(_get_uint(data, off, 2, little),
                                       5, 10))
            else:
                x = _get_uint(data, off, sz, little)
                if code in _SIGNED and x >= (1 << (8 * sz - 1)):
                    x -= 1 << (8 * sz)
                res.append(x)
        return tuple(res)

    def unpack(self, buffer):
        data = _as_bytes(buffer)
        if len(data) != self.size:
            raise error('unpack requires a buffer of %d bytes' % self.size)
        return self._unpack_at(data, 0)

    def unpack_from(self, buffer, offset=0):
        data = _as_bytes(buffer)
        offset = _get_offset(offset)
        blen = len(data)
        size = self.size
        if offset < 0:
            if offset + blen < 0:
                raise error('offset %d out of range for %d-byte buffer'
                            % (offset, blen))
            offset += blen
        if blen - offset < size:
            raise error('unpack_from requires a buffer of at least %d bytes '
                        'for unpacking %d bytes at offset %d (actual buffer '
                        'size is %d)' % (size + offset, size, offset, blen))
        return self._unpack_at(data, offset)

    def iter_unpack(self, buffer):
        size = self.size
        if size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        data = _as_bytes(buffer)
        if len(data) % size:
            raise error('iterative unpacking requires a buffer of a multiple '
                        'of %d bytes' % size)
        return _iter_unpack(self, data)


def _iter_unpack(st, data):
    size = st.size
    for base in range(0, len(data), size):
        yield st._unpack_at(data, base)


def _get_offset(offset):
    if isinstance(offset, int):
        return int(offset)
    if isinstance(offset, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        return _get_int(offset)
    except error:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(offset).__name__)


_cache = {}


def _struct(fmt):
    st = _cache.get(fmt)
    if st is None:
        st = Struct(fmt)
        if len(_cache) >= 100:
            _cache.clear()
        _cache[fmt] = st
    return st


def _clearcache():
    _cache.clear()


def calcsize(fmt):
    return _struct(fmt).size


def pack(fmt, *v):
    return _struct(fmt).pack(*v)


def pack_into(fmt, buffer, offset, *v):
    return _struct(fmt).pack_into(buffer, offset, *v)


def unpack(fmt, buffer):
    return _struct(fmt).unpack(buffer)


def unpack_from(fmt, buffer, offset=0):
    return _struct(fmt).unpack_from(buffer, offset)


def iter_unpack(fmt, buffer):
    return _struct(fmt).iter_unpack(buffer)
