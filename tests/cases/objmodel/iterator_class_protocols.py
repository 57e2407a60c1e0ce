class Range:
    def __init__(self, n): self.n = n
    def __iter__(self): return RangeIter(self.n)
    def __len__(self): return self.n
class RangeIter:
    def __init__(self, n): self.i = 0; self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1
        return self.i - 1
r = Range(4)
print(list(r), list(r), sum(r), max(r), sorted(r, reverse=True), len(r))
print(list(zip(r, r)), list(map(lambda x: x * x, r)), list(filter(lambda x: x % 2, r)))
print(dict(enumerate(r)), set(r) == {0, 1, 2, 3}, tuple(r), 3 in r, 4 in r)
it = iter(r)
print(next(it), list(it), next(it, 'end'))
print(any(x > 2 for x in r), all(x < 4 for x in r), min(r, key=lambda x: -x))
print([a + b for a, b in zip(Range(3), Range(3))], list(reversed(list(r))))
x, *y = Range(3)
print(x, y, [*Range(2), *Range(3)], {*Range(2)})
