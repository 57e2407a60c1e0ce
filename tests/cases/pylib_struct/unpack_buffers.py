import struct

def up(fmt, buf):
    try:
        print(fmt, struct.unpack(fmt, buf))
    except struct.error:
        print(fmt, 'struct.error')
    except TypeError:
        print(fmt, 'TypeError')

up('<i', b'\x01\x02\x03\x04')
up('<i', bytearray(b'\x01\x02\x03\x04'))
up('<i', memoryview(b'\x01\x02\x03\x04'))
up('<i', memoryview(b'\x00\x01\x02\x03\x04\x05')[1:5])
up('<i', 'abcd')
up('<i', [1, 2, 3, 4])
up('<i', None)
up('<i', 1234)
up('', b'')
up('', bytearray())
