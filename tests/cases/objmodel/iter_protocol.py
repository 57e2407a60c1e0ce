class Count:
    def __init__(self, n): self.n = n; self.i = 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1
        return self.i
c = Count(3)
print(list(c), list(c))
print(iter(c) is c)
c2 = Count(2)
print(next(c2), next(c2), next(c2, 'done'))
try:
    next(c2)
except StopIteration as e:
    print(type(e).__name__)
class Container:
    def __init__(self, items): self.items = items
    def __iter__(self):
        return iter(self.items)
ct = Container([3, 1, 2])
print(list(ct), sorted(ct), 2 in ct, 9 in ct, list(map(str, ct)))
class GenIter:
    def __iter__(self):
        yield 'a'
        yield 'b'
print(list(GenIter()), ''.join(GenIter()), [x * 2 for x in GenIter()])
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__)
class NextOnly:
    def __next__(self): return 1
try:
    for _ in NextOnly(): pass
except TypeError as e:
    print(type(e).__name__)
try:
    next(Container([]))
except TypeError as e:
    print(type(e).__name__)
class Rev:
    def __init__(self, d): self.d = d
    def __reversed__(self): return iter(self.d[::-1] + ['r'])
    def __iter__(self): return iter(self.d)
print(list(reversed(Rev([1, 2]))))
class SeqRev:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(reversed(SeqRev())))
