import binascii

print(binascii.crc32(b''))
print(binascii.crc32(b'a'))
print(binascii.crc32(b'abc'))
print(binascii.crc32(b'123456789'))
print(binascii.crc32(b'The quick brown fox jumps over the lazy dog'))
print(binascii.crc32(bytes(range(256))))
print(binascii.crc32(b'\x00' * 100))
print(binascii.crc32(b'\xff' * 33))
print(binascii.crc32(bytearray(b'xyz')), binascii.crc32(memoryview(b'xyz')))
print(type(binascii.crc32(b'hi')).__name__)
print('%08x' % binascii.crc32(b'hello world'))
