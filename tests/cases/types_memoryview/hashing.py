r = memoryview(b'abc')
print(hash(r) == hash(b'abc'), hash(r[1:]) == hash(b'bc'))
d = {r: 1}
print(d[memoryview(b'abc')] if memoryview(b'abc') in d else 'missing')
try:
    hash(memoryview(bytearray(b'abc')))
except ValueError:
    print('ValueError')
except TypeError:
    print('TypeError')
