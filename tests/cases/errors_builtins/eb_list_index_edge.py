def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
l = list(range(10))
for start in (None, 0, 3, -3, 100, -100):
    for stop in (None, 0, 5, -1, 100, -100):
        t(l.index, 4, *( [start] if stop is None and start is not None else [] ) ) if start is None or stop is None else t(l.index, 4, start, stop)
t(l.index, 4, None)
t(l.index, 4, 0, None)
t(l.index, 4, 1.0)
t(l.index, 4, True)
t([1, 1.0, True].index, True)
t([1, 1.0, True].count, 1)
t([[]].index, [])
t([None].index, None)
t([float('nan')].index, float('nan'))
n = float('nan')
t([n].index, n)
t([n].count, n)
t(lambda: n in [n])
t(lambda: [n] == [n])
t(lambda: (n,) == (n,))
t(lambda: {n: 1}[n])
