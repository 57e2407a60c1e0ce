import struct

def pk(fmt, *v):
    try:
        print(fmt, struct.pack(fmt, *v))
    except struct.error:
        print(fmt, 'struct.error')

for code in 'nNP':
    print(code, struct.calcsize(code), struct.calcsize('b' + code))
    for v in [0, 1, 255, 2 ** 32, 2 ** 63 - 1, 2 ** 63, 2 ** 64 - 1, 2 ** 64, -1, -2 ** 63, -2 ** 63 - 1]:
        pk(code, v)
print(struct.unpack('nNP', b'\xff' * 24))
print(struct.unpack('bP', b'\x01' + b'\x00' * 7 + b'\x10' + b'\x00' * 7))
for fmt in ['<n', '>N', '=P', '!n']:
    try:
        struct.calcsize(fmt)
    except struct.error:
        print(fmt, 'struct.error')
