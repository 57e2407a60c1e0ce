a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
f, *g = [1, 2, 3]
print(f, g)
*h, i = 'xyz'
print(h, i)
j, *k, l = range(5)
print(j, k, l)
m, *n = [1]
print(m, n)
for x, y in [(1, 2), (3, 4)]:
    print(x + y)
for idx, (p, q) in enumerate([('a', 'b')]):
    print(idx, p, q)
try:
    a, b = [1, 2, 3]
except ValueError:
    print('too many')
try:
    a, b, c = [1, 2]
except ValueError:
    print('not enough')
[r, s] = 'hi'
print(r, s)
