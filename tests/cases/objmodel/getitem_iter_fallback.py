class Old:
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
o = Old(5)
print(list(o), tuple(o), sum(o), 9 in o, 10 in o, sorted(o, reverse=True))
it = iter(o)
print(next(it), next(it), next(it))
a, b, *rest = Old(4)
print(a, b, rest)
print([x for x in Old(3)], dict.fromkeys(Old(2)), set(Old(3)) == {0, 1, 4})
print(max(Old(4)), min(Old(4)), list(enumerate(Old(2))), list(zip(Old(2), 'ab')))
class StopsOnStop:
    def __getitem__(self, i):
        if i == 2: raise StopIteration
        return i
print(list(StopsOnStop()))
class KeyErr:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErr())
except KeyError as e:
    print(type(e).__name__)
class NotIter:
    __iter__ = None
    def __getitem__(self, i): return i
try:
    iter(NotIter())
except TypeError as e:
    print(type(e).__name__)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__)
class Len:
    def __len__(self): return 3
try:
    list(Len())
except TypeError as e:
    print(type(e).__name__)
