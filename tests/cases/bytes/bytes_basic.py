b = b'hello'
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], type(b[0]).__name__)
print(b + b' world', b * 2, b'l' in b, 108 in b, b'xyz' in b)
print(b == b'hello', b != b'Hello', b < b'help', b'' < b'a')
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(5)))
print(bytes('abc', 'utf-8'), b'\x00\xff\n\t\\', b"it's", b'"q"')
print(repr(b'\x7f\x80'), str(b'ab'))
print(list(b'abc'), tuple(b'\x01\x02'))
for x in b'AB':
    print(x)
try:
    b[0] = 1
except TypeError:
    print('TypeError')
try:
    bytes([256])
except ValueError:
    print('ValueError')
try:
    b'a' + 'a'
except TypeError:
    print('TypeError')
