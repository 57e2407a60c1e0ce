import struct

vals = [0.0, 1.0, -1.0, 0.5, 0.1, -0.1, 1.5, 2.0, 3.141592653589793, 1e10, 1e-10,
        1.7976931348623157e308, 2.2250738585072014e-308, 123456789.125, -2.5e-5, 1/3]
for v in vals:
    le = struct.pack('<d', v)
    be = struct.pack('>d', v)
    assert be == le[::-1]
    assert struct.pack('d', v) == le and struct.pack('=d', v) == le and struct.pack('!d', v) == be
    print(repr(v), le, struct.unpack('<d', le)[0] == v, repr(struct.unpack('>d', be)[0]))
print(struct.unpack('<d', b'\x01\x00\x00\x00\x00\x00\xf0?'))
print(struct.unpack('>d', b'@\t!\xfbTD-\x18'))
print(struct.pack('bd', 1, 2.0))
