import struct

def pk(fmt, v):
    try:
        print(fmt, v, struct.pack(fmt, v))
    except struct.error:
        print(fmt, v, 'struct.error')

for prefix in ['', '<', '>', '=']:
    for code, bits, signed in [('b', 8, 1), ('B', 8, 0), ('h', 16, 1), ('H', 16, 0),
                               ('i', 32, 1), ('I', 32, 0), ('q', 64, 1), ('Q', 64, 0)]:
        if signed:
            lo, hi = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
        else:
            lo, hi = 0, (1 << bits) - 1
        for v in [lo - 1, lo, hi, hi + 1]:
            pk(prefix + code, v)
for v in [-2 ** 63 - 1, -2 ** 63, -2 ** 31 - 1, 2 ** 31, 2 ** 32, 2 ** 63 - 1, 2 ** 63, 2 ** 64, -1]:
    pk('l', v)
    pk('L', v)
    pk('<l', v)
    pk('<L', v)
pk('<q', 10 ** 30)
pk('<Q', -10 ** 30)
