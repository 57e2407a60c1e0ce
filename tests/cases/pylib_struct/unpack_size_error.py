import struct

def up(fmt, buf):
    try:
        print(fmt, struct.unpack(fmt, buf))
    except struct.error:
        print(fmt, len(buf), 'struct.error')

for n in range(10):
    up('<i', bytes(n))
    up('bi', bytes(n))
    up('<bi', bytes(n))
up('', b'x')
up('3x', b'abc')
up('3x', b'abcd')
up('0s', b'')
up('0s', b'a')
