import struct

data = bytes([0xff, 0xfe, 0x80, 0x7f, 0x01, 0x00, 0x81, 0xc3])
for prefix in '<>':
    print(struct.unpack(prefix + '8b', data))
    print(struct.unpack(prefix + '8B', data))
    print(struct.unpack(prefix + '4h', data))
    print(struct.unpack(prefix + '4H', data))
    print(struct.unpack(prefix + '2i', data))
    print(struct.unpack(prefix + '2I', data))
    print(struct.unpack(prefix + '2l', data))
    print(struct.unpack(prefix + '2L', data))
    print(struct.unpack(prefix + 'q', data))
    print(struct.unpack(prefix + 'Q', data))
print(struct.unpack('q', data), struct.unpack('Q', data), struct.unpack('l', data))
print(struct.unpack('n', data), struct.unpack('N', data), struct.unpack('P', data))
print(struct.unpack('<q', b'\x00' * 7 + b'\x80'), struct.unpack('<Q', b'\xff' * 8))
