ba = bytearray(range(10))
m = memoryview(ba)
a = m[2:9]
b = a[1:5]
c = b[1:]
print(list(a), list(b), list(c))
c[0] = 99
print(list(ba))
d = memoryview(c)
d[1] = 77
print(list(ba), list(d))
print(bytes(c) == bytes(d), c == d)
