import struct, math

inf = float('inf')
nan = float('nan')
for prefix in '<>@':
    for code in 'efd':
        f = prefix + code
        print(f, struct.pack(f, inf), struct.pack(f, -inf), struct.pack(f, 0.0), struct.pack(f, -0.0),
              struct.pack(f, nan), struct.pack(f, -nan))
        for v in [inf, -inf, 0.0, -0.0, nan]:
            r = struct.unpack(f, struct.pack(f, v))[0]
            print(' ', repr(v), repr(r), math.copysign(1.0, r))
for b in [b'\x00\x00\x80\x7f', b'\x00\x00\x80\xff', b'\x00\x00\xc0\x7f', b'\x01\x00\x80\x7f', b'\x00\x00\x00\x80']:
    r = struct.unpack('<f', b)[0]
    print(b, r, math.isnan(r), math.isinf(r))
for b in [b'\x00\x7c', b'\x00\xfc', b'\x00\x7e', b'\x01\x7c', b'\x00\x80']:
    r = struct.unpack('<e', b)[0]
    print(b, r, math.isnan(r), math.isinf(r))
