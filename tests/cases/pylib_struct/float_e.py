import struct

vals = [0.0, 1.0, -1.0, 0.5, 0.1, -0.1, 1.5, 3.141592653589793, 65504.0, -65504.0,
        6.103515625e-05, 0.000060975551605224609375, 5.960464477539063e-08,
        1000.0, 1024.0, 2049.0, 2051.0, 4097.0, 65519.0, 1/3, 1e-3, 12.345]
for v in vals:
    le = struct.pack('<e', v)
    be = struct.pack('>e', v)
    assert be == le[::-1]
    assert struct.pack('e', v) == le
    print(repr(v), le, repr(struct.unpack('<e', le)[0]))
print(struct.pack('be', 1, 2.0))
print(struct.calcsize('be'), struct.calcsize('<be'))
for b in [b'\x00\x3c', b'\x00\xc0', b'\xff\x7b', b'\x01\x00', b'\xff\x03', b'\x00\x04', b'\x55\x35']:
    print(b, struct.unpack('<e', b))
