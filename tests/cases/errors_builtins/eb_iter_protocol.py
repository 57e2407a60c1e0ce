def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
class NoNext:
    def __iter__(self):
        return self
t(lambda: list(NoNext()))
t(lambda: iter(NoNext()))
class BadIter:
    def __iter__(self):
        return [1, 2]
t(lambda: list(BadIter()))
t(lambda: [x for x in BadIter()])
def forloop():
    for x in BadIter():
        pass
t(forloop)
class Counter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
t(lambda: list(Counter(3)))
t(lambda: sum(Counter(4)))
t(lambda: max(Counter(5)))
t(lambda: sorted(Counter(3)))
t(lambda: dict.fromkeys(Counter(2)))
t(lambda: tuple(Counter(2)))
t(lambda: set(Counter(2)) == {0, 1})
t(lambda: ''.join(map(str, Counter(4))))
t(lambda: list(zip(Counter(3), Counter(2))))
t(lambda: list(enumerate(Counter(2))))
t(lambda: 1 in Counter(3))
t(lambda: 5 in Counter(3))
c = Counter(1)
t(next, c)
t(next, c)
t(next, c, 'd')
class RaisesMid:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i == 3:
            raise KeyError('boom')
        return self.i
t(lambda: list(RaisesMid()))
def collect():
    r = []
    try:
        for x in RaisesMid():
            r.append(x)
    except KeyError:
        r.append('KeyError')
    return r
t(collect)
class GetItemOnly:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return 'abc'[i]
t(lambda: list(GetItemOnly()))
t(lambda: 'b' in GetItemOnly())
t(lambda: 'z' in GetItemOnly())
class GetItemStop:
    def __getitem__(self, i):
        if i >= 2:
            raise StopIteration
        return i
t(lambda: list(GetItemStop()))
class GetItemKey:
    def __getitem__(self, i):
        raise KeyError(i)
t(lambda: list(GetItemKey()))
