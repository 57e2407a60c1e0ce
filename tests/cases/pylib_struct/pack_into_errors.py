import struct

def pi(fmt, buf, off, *v):
    try:
        r = struct.pack_into(fmt, buf, off, *v)
        print(fmt, off, r, buf)
    except struct.error:
        print(fmt, off, 'struct.error', buf)
    except TypeError:
        print(fmt, off, 'TypeError')

for off in [-8, -7, -6, -5, -4, -3, -1, 0, 1, 2, 3, 6, 7]:
    pi('<i', bytearray(6), off, 0x41424344)
pi('<i', b'abcdef', 0, 1)
pi('<i', 'abcdef', 0, 1)
pi('<i', memoryview(b'abcdef'), 0, 1)
pi('<i', [0] * 6, 0, 1)
pi('<i', bytearray(6), 0)
pi('<i', bytearray(6), 0, 1, 2)
pi('<i', bytearray(6), 1.0, 1)
pi('<b', bytearray(6), 0, 300)
pi('', bytearray(2), 2)
pi('', bytearray(2), 3)
pi('', bytearray(2), -2)
pi('<h', bytearray(2), -1, 1)
