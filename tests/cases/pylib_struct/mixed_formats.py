import struct

fmt = '<bBhHiIlLqQefd?c3s4px'
vals = (-1, 2, -3, 4, -5, 6, -7, 8, -9, 10, 1.5, -2.25, 3.125, True, b'Z', b'abc', b'pq')
b = struct.pack(fmt, *vals)
print(struct.calcsize(fmt), len(b))
print(b)
print(struct.unpack(fmt, b))
nfmt = fmt[1:] + 'nNP'
nvals = vals + (-11, 12, 13)
b = struct.pack(nfmt, *nvals)
print(struct.calcsize(nfmt), len(b))
print(b)
print(struct.unpack(nfmt, b))
for prefix in '=<>!':
    b = struct.pack(prefix + fmt[1:], *vals)
    print(prefix, b.hex())
    print(struct.unpack(prefix + fmt[1:], b) == struct.unpack('<' + fmt[1:], struct.pack('<' + fmt[1:], *vals)))
