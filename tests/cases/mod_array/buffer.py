import sys
# arrays are buffers: bytes(), bytearray(), memoryview, files, struct
import struct
from array import array

a = array('h', [1, -2, 300])
print(bytes(a), bytearray(a), a.tobytes())
print(b'ab' + array('b', [99, 100]))
print(bytearray(b'x') + array('B', [65]))
ba = bytearray(b'x')
ba.extend(array('H', [0x4142]))
print(ba)

m = memoryview(array('B', [1, 2, 3]))
print(len(m), m[0], m.tolist(), m.readonly, bytes(m))
b = array('B', [0, 0, 0, 0])
mv = memoryview(b)
mv[1] = 7
mv[2:4] = b'\xff\xfe'
print(b)
print(bytes(memoryview(array('i', [258]))))

print(struct.unpack('<3h', a))
print(struct.unpack_from('<h', a, 2))
buf = array('b', [0] * 8)
struct.pack_into('<i', buf, 2, -2)
print(buf)

_FN = '_arraybuf_' + sys.implementation.name + '.bin'   # micropy and CPython run side by side
f = open(_FN, 'wb')
print(f.write(array('i', [1, 2, 3])))
array('d', [1.5, -2.25]).tofile(f)
f.close()
with open(_FN, 'rb') as f:
    data = f.read()
print(len(data), data[:12])
with open(_FN, 'rb') as f:
    r = array('i', [0, 0, 0])
    print(f.readinto(r), r)
    d = array('d')
    d.fromfile(f, 2)
    print(d)
    try:
        d.fromfile(f, 1)
    except EOFError:
        print('EOFError', d)
import os
os.remove(_FN)

# frombytes / tobytes round trips
for tc in 'bBhHiIlLqQfd':
    x = array(tc, [1, 2, 3])
    y = array(tc)
    y.frombytes(x.tobytes())
    y.frombytes(bytearray(x.tobytes()))
    y.frombytes(memoryview(x.tobytes()))
    print(tc, y == x + x + x, len(x.tobytes()) == 3 * x.itemsize)

# raw memory initializer, little endian
print(array('H', b'\x01\x02\x03\x04'), array('i', bytearray(b'\xff\xff\xff\xff')))
print(array('d', bytes(8)), array('f', b'\x00\x00\x80\x3f'))
c = array('I', [0x01020304])
c.byteswap()
print(hex(c[0]), c.tobytes())
