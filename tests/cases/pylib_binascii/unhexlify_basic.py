import binascii

print(binascii.unhexlify(b''))
print(binascii.unhexlify(b'00017f80ff'))
print(binascii.unhexlify('68656c6c6f'))
print(binascii.unhexlify('DEADbeef'))
print(binascii.unhexlify(bytearray(b'cafe')))
print(binascii.a2b_hex('4142'))
for i in range(0, 256, 17):
    h = binascii.hexlify(bytes([i, 255 - i]))
    print(h, binascii.unhexlify(h) == bytes([i, 255 - i]))
