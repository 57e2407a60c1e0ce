def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
t(iter)
t(iter, 1)
t(iter, None)
t(iter, 1, 2, 3)
t(iter, [], None)
t(iter, 5, 5)
it = iter([1, 2])
t(next)
t(next, it)
t(next, it)
t(next, it)
t(next, it, 'dflt')
t(next, it, None)
t(next, [1])
t(next, 'abc')
t(next, 1)
t(next, it, 1, 2)
t(lambda: list(iter(iter('ab'))))
class I:
    def __iter__(self):
        return 5
t(iter, I())
class J:
    def __iter__(self):
        return iter([7, 8])
t(lambda: list(J()))
class K:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * 10
t(lambda: list(K()))
t(lambda: list(iter(K())))
class L:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
t(lambda: list(iter(L(), 4)))
def g():
    yield 1
gi = g()
t(next, gi)
t(next, gi)
t(next, gi, 'done')
d = {1: 2}
di = iter(d)
t(next, di)
t(next, di)
t(lambda: next(iter(())))
t(lambda: next(iter(''), 'e'))
t(lambda: next(iter(range(0)), 'r'))
