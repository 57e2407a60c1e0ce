import struct

def pk(fmt, *v):
    try:
        print(fmt, struct.pack(fmt, *v))
    except struct.error:
        print(fmt, 'struct.error')

pk('s', b'abc')
pk('0s', b'abc')
pk('3s', b'abc')
pk('5s', b'abc')
pk('2s', b'abc')
pk('5s', bytearray(b'xy'))
pk('5s', b'')
pk('3s', 'abc')
pk('3s', 123)
pk('3s', memoryview(b'abc'))
pk('2s2s', b'ab', b'cd')
pk('<h3sh', 1, b'xyz', 2)
pk('h3si', 1, b'xyz', 2)
print(struct.unpack('0s', b''))
print(struct.unpack('3s', b'a\x00c'))
print(struct.unpack('2s3s', b'hello'))
print(struct.unpack('<h0sh', b'\x01\x00\x02\x00'))
print(struct.unpack('5s', bytearray(b'\x00\x01\x02\x03\x04')))
