def f(a, b=1):
    return a + b
cases = [lambda: f(), lambda: f(1, 2, 3), lambda: f(1, c=2), lambda: f(1, a=2),
         lambda: len(), lambda: len(1, 2), lambda: abs('x'), lambda: 'abc'.split(1),
         lambda: [].append(), lambda: {}.get(), lambda: int(1, 2, 3), lambda: (lambda x: x)()]
for c in cases:
    try:
        c()
        print('no error')
    except TypeError:
        print('TypeError')
