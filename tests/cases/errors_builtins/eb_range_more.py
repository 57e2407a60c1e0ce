def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
rs = [range(0), range(5), range(1, 10, 3), range(10, 1, -3), range(-5, 5, 2), range(5, -5, -1), range(0, 1, 100)]
for r in rs:
    print(r, len(r), list(r), r[0] if r else None, r[-1] if r else None, 3 in r, -3 in r, list(reversed(r))[:3])
    print([r.count(x) for x in (0, 1, 3, 4, 7, -3)], bool(r), r == range(r.start, r.stop, r.step))
    for k in (slice(None, None, -1), slice(1, None), slice(None, -1), slice(None, None, 2), slice(-2, None, -2)):
        print(' ', list(r[k]), r[k])
t(lambda: range(5).index(5))
t(lambda: range(5).index(-1))
t(lambda: range(5).index('a'))
t(lambda: range(5).count('a'))
t(lambda: True in range(3))
t(lambda: 1.0 in range(3))
t(lambda: 1.5 in range(3))
t(lambda: range(3)[3])
t(lambda: range(3)[-4])
t(lambda: range(3)['0'])
t(lambda: range(0) == range(1, 1))
t(lambda: range(0, 3, 2) == range(0, 4, 2))
t(lambda: range(0, 3) != range(3))
t(lambda: range(1, 2, 0))
t(lambda: range(1, 2, None))
t(lambda: range(1.0))
t(lambda: range(1, 2.0))
t(lambda: list(range(-2**40, -2**40 + 3)))
t(lambda: range(3).start)
t(lambda: range(1, 3).stop)
t(lambda: range(1, 3, 2).step)
t(lambda: range(5).index(2.0))
t(lambda: range(5).index(True))
t(lambda: range(5).count(2.0))
t(lambda: range(0, 10, 2).index(4.0))
t(lambda: range(0, 10, 2).index(5.0))
