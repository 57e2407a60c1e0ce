import struct

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

def pk(fmt, v):
    try:
        print(fmt, struct.pack(fmt, v))
    except OverflowError:
        print(fmt, 'OverflowError')
    except struct.error:
        print(fmt, 'struct.error')

# an int argument too large for 'e'/'f' gives struct.error, a float OverflowError
for v in [70000, 70000.0, -70000, 65504, 65520, 65520.0, 2 ** 60, 10 ** 39, 1e39, 10 ** 400]:
    pk('<e', v)
    pk('<f', v)
    pk('f', v)
pk('P', 2 ** 64)
pk('P', Idx(2 ** 64))
pk('P', Idx(-1))
pk('q', Idx(2 ** 64))
