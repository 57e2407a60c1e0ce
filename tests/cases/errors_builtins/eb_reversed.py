def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
t(reversed)
t(reversed, 1)
t(reversed, None)
t(reversed, [], [])
t(reversed, {1, 2})
t(reversed, iter([1]))
t(reversed, (x for x in 'ab'))
t(lambda: list(reversed([1, 2, 3])))
t(lambda: list(reversed('abc')))
t(lambda: list(reversed((1,))))
t(lambda: list(reversed(b'xy')))
t(lambda: list(reversed(bytearray(b'xy'))))
t(lambda: list(reversed(range(5))))
t(lambda: list(reversed([])))
t(lambda: list(reversed({1: 2, 3: 4})))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 2
t(lambda: list(reversed(Seq())))
class Rev:
    def __reversed__(self):
        return iter('zyx')
t(lambda: list(reversed(Rev())))
r = reversed([1, 2])
t(next, r)
t(next, r)
t(next, r)
t(next, r, 'end')
l = [1, 2, 3]
r = reversed(l)
