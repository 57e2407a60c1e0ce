f = frozenset([1, 2, 3])
print(len(f), 2 in f, sorted(f), type(f).__name__)
g = frozenset([3, 4])
print(sorted(f | g), sorted(f & g), sorted(f - g), type(f | g).__name__)
d = {f: 'frozen'}
print(d[frozenset([3, 2, 1])])
print(f == {1, 2, 3}, frozenset() == set())
try:
    f.add(4)
except AttributeError:
    print('AttributeError')
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s))
