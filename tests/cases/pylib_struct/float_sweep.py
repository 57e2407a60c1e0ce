import struct

# pack/unpack many values: the round trip through each format is idempotent
# and agrees with the bit patterns (checksums printed)
seed = 2024
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed

sums = {'e': 0, 'f': 0, 'd': 0}
for i in range(300):
    mant = rnd() / 2147483648.0
    exp = rnd() % 80 - 40
    v = mant * 2.0 ** exp
    if rnd() & 1:
        v = -v
    for code in 'efd':
        try:
            b = struct.pack('<' + code, v)
        except OverflowError:
            sums[code] += 1
            continue
        r = struct.unpack('<' + code, b)[0]
        assert struct.pack('<' + code, r) == b, (code, v)
        assert struct.pack('>' + code, v) == b[::-1]
        sums[code] = (sums[code] * 31 + int.from_bytes(b, 'little')) % 1000000007
    if i % 50 == 0:
        print(repr(v), struct.pack('<e', v) if abs(v) < 65520 else None, struct.pack('<f', v))
print(sums)
