ba = bytearray(b'abc')
print(ba, len(ba), ba[0])
ba[0] = 65
ba.append(100)
ba.extend(b'ef')
print(ba)
print(bytes(ba), ba[1:3], list(ba))
ba2 = bytearray(3)
print(ba2)
ba2[1] = 255
print(ba2, bytearray([1, 2, 3]) == bytearray(b'\x01\x02\x03'))
ba[0:2] = b'XY'
print(ba)
print(ba + b'!', b'abc' == bytearray(b'abc'))
try:
    ba[0] = 300
except ValueError:
    print('ValueError')
