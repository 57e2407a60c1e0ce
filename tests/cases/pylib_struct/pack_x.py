import struct

def pk(fmt, *v):
    try:
        print(fmt, struct.pack(fmt, *v))
    except struct.error:
        print(fmt, 'struct.error')

pk('x')
pk('3x')
pk('0x')
pk('x', 1)
pk('bxb', 1, 2)
pk('b2xh', 1, 2)
pk('<b2xh', 1, 2)
pk('xi', 5)
print(struct.unpack('bxb', b'\x01\xff\x02'))
print(struct.unpack('3x', b'abc'))
print(struct.unpack('<x2xh', b'abc\x05\x00'))
