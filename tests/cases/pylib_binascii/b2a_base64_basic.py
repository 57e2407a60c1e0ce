import binascii

for n in range(9):
    data = bytes(range(250, 250 - n, -1))
    print(n, binascii.b2a_base64(data))
print(binascii.b2a_base64(b'hello world'))
print(binascii.b2a_base64(b'hello world', newline=False))
print(binascii.b2a_base64(b'', newline=False))
print(binascii.b2a_base64(bytearray(b'\x00\x00\x00')))
print(binascii.b2a_base64(memoryview(b'\xff\xfe\xfd\xfc')))
print(binascii.b2a_base64(b'Man'), binascii.b2a_base64(b'Ma'), binascii.b2a_base64(b'M'))
print(binascii.b2a_base64(bytes(range(64)), newline=False))
for bad in ['str', 5, None]:
    try:
        binascii.b2a_base64(bad)
    except TypeError as e:
        print(type(e).__name__)
