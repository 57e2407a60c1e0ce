import binascii

data = b'hello, incremental crc world'
whole = binascii.crc32(data)
for cut in [0, 1, 5, 13, len(data)]:
    part = binascii.crc32(data[:cut])
    print(cut, binascii.crc32(data[cut:], part) == whole)
crc = 0
for i in range(0, len(data), 3):
    crc = binascii.crc32(data[i:i + 3], crc)
print(crc == whole, crc)
for v in [0, 1, 0xffffffff, 12345, -1, -12345, 2**32, 2**40 + 7]:
    print(v, binascii.crc32(b'abc', v))
print(binascii.crc32(b'', 99), binascii.crc32(b'', -1))
for bad in ['str', 5, None]:
    try:
        binascii.crc32(bad)
    except TypeError as e:
        print(type(e).__name__)
