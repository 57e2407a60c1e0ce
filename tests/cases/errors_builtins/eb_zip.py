def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
t(lambda: list(zip()))
t(zip, 1)
t(zip, [], None)
t(lambda: list(zip([1, 2], 'ab')))
t(lambda: list(zip([1, 2, 3], 'ab')))
t(lambda: list(zip([1], 'ab', (True, False))))
t(lambda: list(zip([])))
t(lambda: list(zip('abc')))
t(lambda: list(zip(range(3), range(10, 20), range(100, 1000))))
t(lambda: list(zip({1: 2}, {3: 4})))
t(lambda: dict(zip('abc', range(3))))
t(lambda: list(zip(*[(1, 'a'), (2, 'b')])))
t(lambda: list(zip(*[])))
z = zip([1, 2], [3])
t(next, z)
t(next, z)
t(next, z)
print(iter(z) is z)
def g():
    yield 1
    raise ValueError
t(lambda: list(zip(g(), [1, 2, 3])))
t(lambda: list(zip([1], g())))
t(lambda: list(zip([], g())))
