import struct

s = struct.Struct('<hIs')
print(s.format, s.size)
b = s.pack(-1, 7, b'z')
print(b, s.unpack(b))
print(s.unpack_from(b'__' + b, 2))
print(s.unpack_from(b'__' + b, offset=2))
buf = bytearray(10)
s.pack_into(buf, 1, 2, 3, b'q')
print(buf)
s2 = struct.Struct('bi')
print(s2.format, s2.size, s2.pack(1, 2))
print(list(s2.iter_unpack(bytes(16))))
try:
    s.pack(1)
except struct.error:
    print('struct.error')
try:
    struct.Struct('Z')
except struct.error:
    print('struct.error')
try:
    struct.Struct(3)
except TypeError:
    print('TypeError')
print(struct.Struct('') .size, struct.Struct('').pack())
