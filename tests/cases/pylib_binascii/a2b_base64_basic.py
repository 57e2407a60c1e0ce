import binascii

for s in [b'', b'TWFu', b'TWE=', b'TQ==', b'aGVsbG8gd29ybGQ=', b'aGVsbG8gd29ybGQ=\n',
          'AAAA', '////', '++++', b'AQIDBAUG']:
    print(repr(s), binascii.a2b_base64(s))
print(binascii.a2b_base64(bytearray(b'YWJj')))
print(binascii.a2b_base64(memoryview(b'eHl6')))
for n in range(20):
    data = bytes((i * 37 + n) & 255 for i in range(n))
    enc = binascii.b2a_base64(data)
    assert binascii.a2b_base64(enc) == data
    assert binascii.a2b_base64(enc.decode()) == data
print('roundtrip ok')
