import struct

print(struct.pack(b'<hi', 1, 2))
print(struct.unpack(b'>hi', b'\x00\x01\x00\x00\x00\x02'))
print(struct.calcsize(b'@bq'))
s = struct.Struct(b'<I')
print(s.format, s.size, s.pack(258))
print(struct.unpack_from(b'<H', b'\x00\x01\x02', 1))
buf = bytearray(4)
struct.pack_into(b'>H', buf, 2, 0x1234)
print(buf)
