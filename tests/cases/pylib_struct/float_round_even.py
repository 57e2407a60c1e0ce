import struct

# halfway cases round to even, others to nearest
for base in [1.0, 2.0, 1024.0]:
    ulp = base / 1024
    for k in range(0, 8):
        v = base + k * ulp / 2
        print('e', repr(v), struct.pack('<e', v), repr(struct.unpack('<e', struct.pack('<e', v))[0]))
    print('e+', struct.pack('<e', base + ulp / 2 + ulp / 1024), struct.pack('<e', base + ulp / 2 - ulp / 1024))
for base in [1.0, 2.0 ** 20, 2.0 ** -130]:
    ulp = base * 2.0 ** -23
    for k in range(0, 8):
        v = base + k * ulp / 2
        print('f', repr(v), struct.pack('<f', v))
    print('f+', struct.pack('<f', base + ulp / 2 + ulp / 1024), struct.pack('<f', base + ulp / 2 - ulp / 1024))
# carry into the exponent
print(struct.pack('<e', 2047.5), struct.pack('<e', 2047.0 + 0.75), struct.pack('<e', 1.99951171875))
print(struct.pack('<f', 16777215.5), struct.pack('<f', 1.9999999403953552))
print(struct.pack('<f', 0.1), struct.pack('<f', 0.2), struct.pack('<f', 0.3))
