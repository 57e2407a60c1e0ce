import binascii

data = b'\x01\x02\x03\x04\x05'
print(binascii.hexlify(data, ':'))
print(binascii.hexlify(data, b'-'))
print(binascii.hexlify(data, ' '))
print(binascii.hexlify(b'', ':'))
print(binascii.hexlify(b'\xff', ':'))
for n in [1, 2, 3, 4, 5, 6, -1, -2, -3, 0]:
    print(n, binascii.hexlify(data, '_', n))
for bad in ['', '::', b'ab', b'']:
    try:
        binascii.hexlify(data, bad)
    except ValueError as e:
        print('ValueError', type(e).__name__)
for bad in [5, [1]]:
    try:
        binascii.hexlify(data, bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
