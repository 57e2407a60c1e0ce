import struct

def pk(fmt, v):
    try:
        print(fmt, repr(v), struct.pack(fmt, v))
    except OverflowError:
        print(fmt, repr(v), 'OverflowError')
    except struct.error:
        print(fmt, repr(v), 'struct.error')

for v in [65504.0, 65519.0, 65519.99, 65520.0, 1e5, -65520.0, 1e300, float('inf')]:
    pk('<e', v)
    pk('e', v)
for v in [3.4028234663852886e+38, 3.4028235677973362e+38, 3.4028235677973366e+38, 3.5e38, 1e300, -1e300, float('-inf')]:
    pk('<f', v)
    pk('>f', v)
    pk('=f', v)
    # native 'f' stores the C cast: infinity, no error
    pk('f', v)
    pk('@f', v)
pk('d', 1e308 * 10)
pk('<d', 10 ** 308)
pk('<d', 10 ** 400)
pk('<f', 10 ** 400)
