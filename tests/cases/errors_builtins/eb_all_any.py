def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
for fn in (all, any):
    t(fn)
    t(fn, 1)
    t(fn, None)
    t(fn, [], [])
    t(fn, [])
    t(fn, '')
    t(fn, 'abc')
    t(fn, [0, 0.0, '', None])
    t(fn, [1, 'x', [0]])
    t(fn, iter([0, 1]))
    t(fn, {})
    t(fn, {0: 1})
    t(fn, (x for x in range(0)))
    t(fn, range(3))
    t(fn, iterable=[1])
def gen():
    yield 1
    yield 0
    raise ValueError
t(all, gen())
t(any, gen())
def gen2():
    yield 0
    raise KeyError
t(any, gen2())
t(all, gen2())
