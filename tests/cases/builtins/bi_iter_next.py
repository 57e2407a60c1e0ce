it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'end'), next(it, None))
it = iter({'a': 1, 'b': 2})
print(sorted([next(it), next(it)]))
s = iter('xyz')
print(list(s), list(s))
class Box:
    def __init__(self):
        self.n = 0
    def read(self):
        self.n += 1
        return self.n
b = Box()
print(list(iter(b.read, 4)))
t = iter((5, 6))
for x in t:
    print('loop', x)
print(next(t, 'exhausted'))
try:
    iter(42)
except TypeError:
    print('TypeError')
try:
    next([1, 2])
except TypeError:
    print('TypeError')
