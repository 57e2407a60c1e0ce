import micropython

r = micropython.RingIO(8)           # holds 7 bytes
print(r.any(), r.write(b'hello world'), r.any())
print(r.read(3), r.readline(), r.any())
print(r.write(b'ab\ncd'), r.readline(), r.read())
print(r.read(), r.readline())
b = bytearray(4)
r.write(b'xyz')
print(r.readinto(b), b)
r.write(b'123456')
print(r.readinto(b, 2), b, r.read())
buf = bytearray(5)
r2 = micropython.RingIO(buf)        # a buffer: its size is the ring's size
print(r2.write(b'abcdefg'), r2.read())
# wrap-around keeps order
r3 = micropython.RingIO(4)
out = []
for i in range(10):
    r3.write(bytes([65 + i, 97 + i]))
    out.append(r3.read(1))
    out.append(r3.read())
print(b''.join(out))
print(r3.close())
try:
    micropython.RingIO(b'a')
except ValueError:
    print('ValueError')
