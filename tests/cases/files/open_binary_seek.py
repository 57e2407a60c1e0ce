import sys
import os
fn = '_tmp_binary_seek.bin' + '_' + sys.implementation.name   # micropy and CPython run side by side
with open(fn, 'wb') as f:
    print(f.write(b'0123456789'), f.write(bytearray(b'abc')), f.tell())
with open(fn, 'rb') as f:
    print(f.read(4), f.tell(), f.seek(2), f.read(3), f.seek(-3, 2), f.read(), f.seek(0, 1), f.tell())
    f.seek(1)
    print(f.read(0), f.readline(), f.read())
with open(fn, 'r+b') as f:
    f.seek(3)
    f.write(b'XY')
    f.seek(0)
    print(f.read())
    f.seek(0, 2)
    f.write(b'!')
with open(fn, 'rb') as f:
    buf = bytearray(5)
    print(f.readinto(buf), bytes(buf), f.readinto(buf), bytes(buf))
    big = bytearray(100)
    print(f.readinto(big), f.readinto(big))
with open(fn, 'ab') as f:
    f.write(b'tail')
with open(fn, 'rb') as f:
    data = f.read()
print(len(data), data[-5:])
with open(fn, 'w+') as f:
    f.write('abc')
    f.seek(0)
    print(repr(f.read()))
os.remove(fn)
