import struct

# double subnormals
for v in [5e-324, -5e-324, 1e-310, 2.225073858507201e-308, 4.9e-320]:
    b = struct.pack('<d', v)
    print(repr(v), b, repr(struct.unpack('<d', b)[0]))
# float subnormals and underflow
for v in [1.401298464324817e-45, 1e-45, 7.006492321624085e-46, 7.1e-46, 7e-46, 2.1e-45,
          1e-40, 1.1754942106924411e-38, 1e-50, -1e-40, -1e-50, 5e-324]:
    b = struct.pack('<f', v)
    print(repr(v), b, repr(struct.unpack('<f', b)[0]))
# half subnormals and underflow
for v in [5.960464477539063e-08, 2.9802322387695312e-08, 2.98023223876953125e-08 * 1.0001,
          1e-7, 1e-5, 6.097555160522461e-05, 3e-8, 2e-8, -1e-6, 1e-300]:
    b = struct.pack('<e', v)
    print(repr(v), b, repr(struct.unpack('<e', b)[0]))
for n in range(0, 1024, 97):
    b = n.to_bytes(2, 'little')
    print(n, repr(struct.unpack('<e', b)[0]))
