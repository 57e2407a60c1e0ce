import binascii

print(binascii.hexlify(b''))
print(binascii.hexlify(b'\x00\x01\x7f\x80\xff'))
print(binascii.hexlify(b'hello world'))
print(binascii.hexlify(bytes(range(16))))
print(binascii.hexlify(bytearray(b'\xde\xad\xbe\xef')))
print(binascii.hexlify(memoryview(b'\xca\xfe')))
print(type(binascii.hexlify(b'x')).__name__)
print(binascii.b2a_hex(b'\x12\x34'))
