import struct

for prefix in '>!':
    for code in 'bBhHiIlLqQ':
        print(prefix, code, struct.pack(prefix + code, 1), struct.pack(prefix + code, 0x7f))
    print(struct.pack(prefix + 'hi', -2, -3))
    print(struct.pack(prefix + 'Q', 0x0102030405060708))
    print(struct.pack(prefix + 'q', -0x0102030405060708))
    print(struct.pack(prefix + 'IhB', 0xdeadbeef, -32768, 255))
    print(struct.unpack(prefix + 'IhB', struct.pack(prefix + 'IhB', 0xdeadbeef, -32768, 255)))
