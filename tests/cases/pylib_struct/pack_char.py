import struct

def pk(fmt, *v):
    try:
        print(fmt, struct.pack(fmt, *v))
    except struct.error:
        print(fmt, 'struct.error')

pk('c', b'a')
pk('c', b'\x00')
pk('c', bytearray(b'z'))
pk('3c', b'a', b'b', b'c')
pk('c', b'')
pk('c', b'ab')
pk('c', 'a')
pk('c', 97)
pk('c', None)
print(struct.unpack('3c', b'xyz'))
print(struct.unpack('<c h', b'q\x01\x00'))
print(struct.unpack('ch', b'q\x00\x01\x00'))
print(struct.unpack('c', b'\xff'))
