import io
s = io.StringIO()
print(s.write('héllo\n'), s.write('second line\nthird'), repr(s.getvalue()))
s.seek(0)
print(repr(s.read(2)), repr(s.readline()), s.readlines(), repr(s.read()))
s = io.StringIO('a\nb\nc')
print([line for line in s], repr(s.read()))
b = io.BytesIO(b'abc')
print(b.read(1), b.tell(), b.seek(0, 2), b.write(b'def'), b.getvalue(), b.seek(1), b.write(b'X'), b.getvalue())
b.seek(10)
b.write(b'!')
print(b.getvalue())
buf = bytearray(3)
b.seek(0)
print(b.readinto(buf), buf)
with io.BytesIO() as bb:
    bb.write(b'zz')
    print(bb.getvalue())
try:
    bb.getvalue()
except ValueError:
    print('ValueError closed')
print(type(io.StringIO()).__name__, type(io.BytesIO()).__name__)
s2 = io.StringIO()
print('to', 'buf', sep='-', end='!\n', file=s2)
print(1, 2, file=s2)
print(repr(s2.getvalue()))
try:
    io.StringIO().write(b'x')
except TypeError:
    print('TypeError str expected')
try:
    io.BytesIO().write('x')
except TypeError:
    print('TypeError bytes expected')
print(io.StringIO('abc').read(-1), io.StringIO('abc').read(None), io.BytesIO(b'ab\ncd').readline(), io.StringIO('x').seek(5))
print(io.StringIO('line1\nline2').readline(3), io.BytesIO(b'12345').read(10), io.BytesIO().read())
