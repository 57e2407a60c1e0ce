import struct

class F:
    def __float__(self):
        return 2.5

class I:
    def __index__(self):
        return 3

class Bad:
    def __float__(self):
        raise ValueError('no')

def pk(fmt, v):
    try:
        print(fmt, struct.pack(fmt, v))
    except struct.error:
        print(fmt, 'struct.error')

for code in 'efd':
    f = '<' + code
    pk(f, 1)
    pk(f, -7)
    pk(f, True)
    pk(f, 2 ** 60 + 1)
    pk(f, F())
    pk(f, I())
    pk(f, '1.5')
    pk(f, b'1')
    pk(f, None)
    pk(f, [1.0])
    pk(f, 1j)
    pk(f, Bad())
