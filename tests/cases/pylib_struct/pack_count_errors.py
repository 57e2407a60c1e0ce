import struct

def pk(fmt, *v):
    try:
        print(fmt, struct.pack(fmt, *v))
    except struct.error:
        print(fmt, len(v), 'struct.error')

pk('i')
pk('i', 1, 2)
pk('2i', 1)
pk('2i', 1, 2)
pk('2i', 1, 2, 3)
pk('3s', b'a', b'b')
pk('3s2s', b'a', b'b')
pk('3x')
pk('3x', 1)
pk('', 1)
pk('')
pk('0i')
pk('0i', 1)
pk('i0s', 1)
pk('i0s', 1, b'')
pk('?', 1, 2)
pk('Z', 1)
pk('i', 'x', 'y')
