import struct

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

class NotInt:
    pass

def pk(fmt, v):
    try:
        print(fmt, struct.pack(fmt, v))
    except struct.error:
        print(fmt, 'struct.error')

for code in 'bBhHiIlLqQ':
    pk('<' + code, True)
    pk('<' + code, False)
    pk('<' + code, Idx(5))
    pk('<' + code, 1.0)
    pk('<' + code, '1')
    pk('<' + code, None)
    pk('<' + code, b'\x01')
    pk('<' + code, NotInt())
    pk('<' + code, [1])
pk('<b', Idx(200))
pk('<B', Idx(200))
pk('<q', Idx(-2 ** 40))
