s = 'abc'
b = s.encode()
print(b, type(b).__name__, b.decode(), s.encode('utf-8') == b'abc')
u = 'añ€'
ub = u.encode('utf-8')
print(ub, len(ub), ub.decode('utf-8') == u)
print(str(ub, 'utf-8'))
try:
    b'\xff\xfe'.decode('utf-8')
except UnicodeError:
    print('UnicodeError')
print(bytes('xyz', 'utf-8'))
