import struct

# every 257th half-precision bit pattern decodes and re-encodes exactly
acc = 0
for n in range(0, 65536, 257):
    b = n.to_bytes(2, 'little')
    v = struct.unpack('<e', b)[0]
    if v == v:
        assert struct.pack('<e', v) == b, n
        acc += int(v * 2 ** 24) if abs(v) < 2 ** 20 else 1
    if n % (257 * 16) == 0:
        print(n, repr(v))
print(acc)
# and every 65537th... single-precision pattern
for n in range(0, 2 ** 32, 2 ** 32 // 40 + 1):
    b = n.to_bytes(4, 'big')
    v = struct.unpack('>f', b)[0]
    print(n, repr(v), v != v or struct.pack('>f', v) == b)
