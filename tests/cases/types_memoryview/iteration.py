mv = memoryview(b'\x00\x01\x7f\x80\xff')
for x in mv:
    print(x)
print(list(mv), tuple(mv[1:3]), sum(mv), max(mv))
print([x * 2 for x in memoryview(bytearray(b'abc'))])
it = iter(memoryview(b'xy'))
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print('StopIteration')
print(97 in memoryview(b'abc'), 100 in memoryview(b'abc'))
print(list(enumerate(memoryview(b'hi'))))
