import struct

for prefix in '=<>!':
    sizes = [struct.calcsize(prefix + c) for c in 'xcbB?hHiIlLqQefdsp']
    print(prefix, sizes)
    # no alignment in standard modes
    print(struct.calcsize(prefix + 'bq'), struct.calcsize(prefix + 'bhibq'),
          struct.calcsize(prefix + 'b0i'), struct.calcsize(prefix + '3sd'))
