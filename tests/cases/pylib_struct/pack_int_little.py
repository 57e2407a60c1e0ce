import struct

for code in 'bBhHiIlLqQ':
    size = struct.calcsize('<' + code)
    for v in [0, 1, 2, 100, 127, 0x55]:
        print(code, v, struct.pack('<' + code, v), struct.pack('=' + code, v))
    if code in 'bhilq':
        for v in [-1, -2, -100, -128]:
            print(code, v, struct.pack('<' + code, v))
print(struct.pack('<hHiI', -2, 65534, -3, 4294967293))
print(struct.pack('<qQ', -2 ** 63, 2 ** 64 - 1))
print(struct.pack('<lL', -2 ** 31, 2 ** 32 - 1))
print(struct.pack('<Q', 0x0102030405060708))
