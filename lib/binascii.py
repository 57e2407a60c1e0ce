# binascii: conversions between binary data and ASCII (frozen into micropy).
# Results and error types follow CPython: errors are ValueError
# (CPython's binascii.Error is a ValueError subclass).


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_HEXDIGITS = b'0123456789abcdef'
_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_REV = None


def _bytes_like(data, name):
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '" +
                    type(data).__name__ + "'")


def _ascii_data(data):
    # the arguments of a2b_*: bytes-like, or a str of ASCII characters
    if isinstance(data, str):
        for c in data:
            if ord(c) > 0x7f:
                raise ValueError('string argument should contain only ASCII '
                                 'characters')
        return data.encode()
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise TypeError("argument should be bytes, buffer or ASCII string, not '" +
                    type(data).__name__ + "'")


def hexlify(data, sep=None, bytes_per_sep=1):
    data = _bytes_like(data, 'hexlify')
    out = bytearray()
    for b in data:
        out.append(_HEXDIGITS[b >> 4])
        out.append(_HEXDIGITS[b & 15])
    if sep is None:
        return bytes(out)
    if isinstance(sep, str):
        if len(sep) != 1:
            raise ValueError('sep must be length 1.')
        if ord(sep) > 0xff:
            raise ValueError('sep must be ASCII.')
        sep = bytes([ord(sep)])
    elif isinstance(sep, bytes):
        if len(sep) != 1:
            raise ValueError('sep must be length 1.')
    else:
        if hasattr(sep, '__len__') and len(sep) != 1:
            raise ValueError('sep must be length 1.')
        raise TypeError('sep must be str or bytes.')
    if len(data) == 0:
        return b''
    if bytes_per_sep == 0:
        return bytes(out)
    # group from the right for positive bytes_per_sep, from the left otherwise
    n = len(data)
    group = bytes_per_sep if bytes_per_sep > 0 else -bytes_per_sep
    width = 2 * group
    h = bytes(out)
    parts = []
    if bytes_per_sep > 0:
        first = (n % group) * 2
        if first:
            parts.append(h[:first])
        i = first
        while i < len(h):
            parts.append(h[i:i + width])
            i += width
    else:
        i = 0
        while i < len(h):
            parts.append(h[i:i + width])
            i += width
    return sep.join(parts)


b2a_hex = hexlify


def _hexval(c):
    if 48 <= c <= 57:
        return c - 48
    if 97 <= c <= 102:
        return c - 87
    if 65 <= c <= 70:
        return c - 55
    return -1


def unhexlify(data):
    data = _ascii_data(data)
    if len(data) % 2:
        raise Error('Odd-length string')
    out = bytearray()
    for i in range(0, len(data), 2):
        hi = _hexval(data[i])
        lo = _hexval(data[i + 1])
        if hi < 0 or lo < 0:
            raise Error('Non-hexadecimal digit found')
        out.append((hi << 4) | lo)
    return bytes(out)


a2b_hex = unhexlify


def _rev_table():
    global _B64_REV
    if _B64_REV is None:
        t = [255] * 256
        for i in range(64):
            t[_B64[i]] = i
        _B64_REV = t
    return _B64_REV


def a2b_base64(data, *, strict_mode=False):
    data = _ascii_data(data)
    table = _rev_table()
    out = bytearray()
    quad_pos = 0
    left = 0
    pads = 0
    padding_started = False
    n = len(data)
    if strict_mode and n > 0 and data[0] == 61:
        raise Error('Leading padding not allowed')
    i = 0
    while i < n:
        c = data[i]
        if c == 61:  # '='
            padding_started = True
            if quad_pos >= 2:
                pads += 1
                if quad_pos + pads >= 4:
                    if strict_mode and i + 1 < n:
                        raise Error('Excess data after padding')
                    return bytes(out)
            i += 1
            continue
        v = table[c]
        if v >= 64:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            i += 1
            continue
        if strict_mode and padding_started:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        if quad_pos == 0:
            quad_pos = 1
            left = v
        elif quad_pos == 1:
            quad_pos = 2
            out.append(((left << 2) | (v >> 4)) & 0xff)
            left = v & 0x0f
        elif quad_pos == 2:
            quad_pos = 3
            out.append(((left << 4) | (v >> 2)) & 0xff)
            left = v & 0x03
        else:
            quad_pos = 0
            out.append(((left << 6) | v) & 0xff)
            left = 0
        i += 1
    if quad_pos == 1:
        raise Error('Invalid base64-encoded string: number of data characters'
                    ' (' + str(len(out) // 3 * 4 + 1) + ') cannot be 1 more'
                    ' than a multiple of 4')
    if quad_pos != 0:
        raise Error('Incorrect padding')
    return bytes(out)


def b2a_base64(data, *, newline=True):
    data = _bytes_like(data, 'b2a_base64')
    out = bytearray()
    n = len(data)
    i = 0
    while i + 3 <= n:
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out.append(_B64[v >> 18])
        out.append(_B64[(v >> 12) & 63])
        out.append(_B64[(v >> 6) & 63])
        out.append(_B64[v & 63])
        i += 3
    rest = n - i
    if rest == 1:
        v = data[i] << 16
        out.append(_B64[v >> 18])
        out.append(_B64[(v >> 12) & 63])
        out.extend(b'==')
    elif rest == 2:
        v = (data[i] << 16) | (data[i + 1] << 8)
        out.append(_B64[v >> 18])
        out.append(_B64[(v >> 12) & 63])
        out.append(_B64[(v >> 6) & 63])
        out.append(61)
    if newline:
        out.append(10)
    return bytes(out)


_CRC_TABLE = None


def _crc_table():
    global _CRC_TABLE
    if _CRC_TABLE is None:
        t = []
        for i in range(256):
            c = i
            for _ in range(8):
                if c & 1:
                    c = 0xEDB88320 ^ (c >> 1)
                else:
                    c >>= 1
            t.append(c)
        _CRC_TABLE = t
    return _CRC_TABLE


def crc32(data, value=0):
    data = _bytes_like(data, 'crc32')
    t = _crc_table()
    crc = (value & 0xFFFFFFFF) ^ 0xFFFFFFFF
    for b in data:
        crc = t[(crc ^ b) & 0xff] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF
