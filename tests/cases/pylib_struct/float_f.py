import struct

vals = [0.0, 1.0, -1.0, 0.5, 0.1, -0.1, 1.5, 3.141592653589793, 1e10, 1e-10,
        3.4028234663852886e+38, 1.1754943508222875e-38, 16777216.0, 16777217.0,
        16777219.0, 123456789.0, -2.5e-5, 1/3, 2/3, 1e38, 1e-38]
for v in vals:
    le = struct.pack('<f', v)
    be = struct.pack('>f', v)
    assert be == le[::-1]
    assert struct.pack('f', v) == le and struct.pack('=f', v) == le
    print(repr(v), le, repr(struct.unpack('<f', le)[0]), repr(struct.unpack('>f', be)[0]))
print(struct.pack('bf', 1, 2.0))
print(struct.unpack('<4f', bytes(range(16))))
print(struct.unpack('>2f', b'\x3f\x80\x00\x00\xc1\x20\x00\x00'))
