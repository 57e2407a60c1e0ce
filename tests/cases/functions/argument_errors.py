def f(a, b=1):
    pass
tests = [lambda: f(), lambda: f(1, 2, 3), lambda: f(1, c=2), lambda: f(1, a=1),
         lambda: (lambda: 0)(1), lambda: (lambda *, k: k)(), lambda: len(),
         lambda: len(1, 2), lambda: abs('x')]
for t in tests:
    try:
        t()
        print('ok')
    except TypeError:
        print('TypeError')
