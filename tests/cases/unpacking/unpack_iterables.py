a, b, c = 'xyz'
print(a, b, c)
a, b = {1: 'one', 2: 'two'}.items()
print(a, b)
x, y, z = range(3)
print(x, y, z)
g1, g2 = (i * i for i in range(2, 4))
print(g1, g2)
k1, k2 = sorted({'b': 1, 'a': 2})
print(k1, k2)
m, n = map(int, '5 6'.split())
print(m + n)
(p,) = [42]
print(p)
[q] = 'q'
print(q)
