import struct

seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed

ranges = {'b': (-128, 127), 'B': (0, 255), 'h': (-32768, 32767), 'H': (0, 65535),
          'i': (-2 ** 31, 2 ** 31 - 1), 'I': (0, 2 ** 32 - 1),
          'q': (-2 ** 63, 2 ** 63 - 1), 'Q': (0, 2 ** 64 - 1)}
total = 0
for prefix in ['<', '>', '=', '@', '!']:
    for code in 'bBhHiIqQ':
        lo, hi = ranges[code]
        span = hi - lo + 1
        for k in range(12):
            v = lo + ((rnd() << 33) ^ (rnd() << 2) ^ rnd()) % span
            b = struct.pack(prefix + code, v)
            back = struct.unpack(prefix + code, b)[0]
            assert back == v, (prefix, code, v, back)
            total ^= int.from_bytes(b, 'little')
            if k == 0:
                print(prefix, code, v, b)
print(total)
