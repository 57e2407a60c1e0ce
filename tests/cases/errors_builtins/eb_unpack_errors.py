def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
def u(n, v):
    if n == 2:
        a, b = v
        return a, b
    if n == 3:
        a, b, c = v
        return a, b, c
    if n == 's':
        a, *b = v
        return a, b
    if n == 'se':
        *a, b, c = v
        return a, b, c
for v in ([], [1], [1, 2], [1, 2, 3], (1, 2, 3, 4), 'ab', 'abc', {1: 2, 3: 4}, 5, None, range(2), iter([1, 2]),
          (x for x in range(3)), b'xy', {5}):
    print([(lambda n: (lambda: u(n, v)))(n)() if False else None for n in ()])
    for n in (2, 3, 's', 'se'):
        t(u, n, v)
def nested():
    (a, b), c = (1, 2), 3
    return a, b, c
t(nested)
def nested_bad():
    (a, b), c = (1, 2, 3), 3
t(nested_bad)
def gen_bad():
    def g():
        yield 1
        raise ValueError
    a, b = g()
t(gen_bad)
def for_unpack():
    r = []
    for a, b in [(1, 2), (3, 4), (5,)]:
        r.append(a + b)
    return r
t(for_unpack)
def star_in_call():
    return [*range(3), *'ab']
t(star_in_call)
def dict_unpack():
    return {**{1: 2}, **{3: 4}, 1: 5}
t(dict_unpack)
