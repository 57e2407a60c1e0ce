import struct

data = bytes(range(1, 17))
for off in range(0, 13):
    print(off, struct.unpack_from('<i', data, off), struct.unpack_from('>H', data, off))
for off in range(-16, 0, 3):
    print(off, struct.unpack_from('<i', data, off))
print(struct.unpack_from('<4B', data))
print(struct.unpack_from('<4B', data, offset=5))
print(struct.unpack_from('2s', bytearray(data), 14))
print(struct.unpack_from('<h', memoryview(data), 3))
print(struct.unpack_from('', data, 16))
print(struct.unpack_from('3s', data, -3))
print(struct.unpack_from('3x', data, 13))
