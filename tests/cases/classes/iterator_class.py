class Range2:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __iter__(self):
        return Range2Iter(self.a, self.b)
class Range2Iter:
    def __init__(self, a, b):
        self.cur, self.b = a, b
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur >= self.b:
            raise StopIteration
        self.cur += 1
        return self.cur - 1
r = Range2(2, 6)
print(list(r), list(r), sum(r), [x * x for x in r])
print(list(zip(r, Range2(10, 20))), dict(zip(Range2(0, 3), 'abc')))
it = iter(r)
print(next(it), next(it), list(it))
class GenIter:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        for d in self.data:
            yield d * 10
print(list(GenIter([1, 2, 3])), max(GenIter([5, 1])))
