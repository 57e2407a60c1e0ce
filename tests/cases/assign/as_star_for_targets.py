# star-unpacking and nested targets in for loops
for a, *rest in [(1, 2, 3), (4,), 'xyz']:
    print(a, rest)
for *init, last in [[1, 2, 3], (9, 8)]:
    print(init, last)
for first, *mid, last in ['abcd', (1, 2)]:
    print(first, mid, last)
for (a, b), c in [((1, 2), 3), ('xy', 'z')]:
    print(a, b, c)
for a, (b, *c) in [(1, (2, 3, 4)), (5, [6])]:
    print(a, b, c)
for [a, [b, c]] in [[1, [2, 3]]]:
    print(a, b, c)
for i, (k, v) in enumerate(sorted({'x': 1, 'y': 2}.items())):
    print(i, k, v)
for x, y in zip(range(3), 'abc'):
    print(x, y, end=' ')
print()
# target is an attribute or subscript
class O:
    pass
o = O()
for o.attr in range(3):
    pass
print(o.attr)
box = [None, None]
for box[0], box[1] in [(1, 2), (3, 4)]:
    pass
print(box)
d = {}
for d['k'] in 'abc':
    pass
print(d)
# errors inside a for target
try:
    for a, b in [(1, 2), (3,)]:
        print('ok', a, b)
except ValueError as e:
    print('ValueError')
try:
    for a, b in [(1, 2, 3)]:
        pass
except ValueError:
    print('ValueError too many')
try:
    for a, *b, c in [(1,)]:
        pass
except ValueError:
    print('ValueError star')
try:
    for a, b in [5]:
        pass
except TypeError:
    print('TypeError')
