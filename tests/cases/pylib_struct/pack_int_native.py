import struct

# '@' and no prefix: native order (little-endian) with alignment padding
print(struct.pack('bi', 1, 2))
print(struct.pack('@bi', 1, 2))
print(struct.pack('bhbq', 1, 2, 3, 4))
print(struct.pack('qb', 1, 2))
print(struct.pack('b0i', 1))
print(struct.pack('bl', -1, -1))
print(struct.pack('=bl', -1, -1))
print(struct.pack('hbi', 0x102, 3, 0x4050607))
print(struct.unpack('bhbq', struct.pack('bhbq', -1, -2, -3, -4)))
print(struct.unpack('@bi', b'\x05\x00\x00\x00\x06\x00\x00\x00'))
print(struct.unpack('cL', b'z\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00'))
for code in 'hHiIlLqQ':
    print(code, struct.pack('?' + code, True, 9))
