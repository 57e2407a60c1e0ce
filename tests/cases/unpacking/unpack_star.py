a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = 'hello'
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
first, *_ = (9, 8, 7)
print(first, _)
(a, b), *rest = [(1, 2), (3, 4), (5, 6)]
print(a, b, rest)
for x, *ys in [(1, 2, 3), (4,), (5, 6)]:
    print(x, ys)
try:
    a, *b, c = [1]
except ValueError:
    print('ValueError')
