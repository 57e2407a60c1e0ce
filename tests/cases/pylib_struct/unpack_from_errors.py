import struct

def uf(fmt, buf, *off):
    try:
        print(fmt, off, struct.unpack_from(fmt, buf, *off))
    except struct.error:
        print(fmt, off, 'struct.error')
    except TypeError:
        print(fmt, off, 'TypeError')

data = b'abcdef'
for off in [-8, -7, -6, -5, -4, -3, -1, 0, 2, 3, 5, 6, 7, 100]:
    uf('<i', data, off)
uf('<i', b'abc')
uf('<i', 'abcdef', 0)
uf('<i', data, 1.0)
uf('<i', data, '1')
uf('<i', data, None)
uf('', data, 6)
uf('', data, 7)
uf('', data, -6)
uf('', data, -7)
