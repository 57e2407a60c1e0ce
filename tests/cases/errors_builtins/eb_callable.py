def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
t(callable)
t(callable, 1, 2)
t(callable, 1)
t(callable, len)
t(callable, int)
t(callable, lambda: 0)
t(callable, 'x')
t(callable, None)
t(callable, [].append)
class A:
    def __call__(self):
        return 1
class B:
    pass
t(callable, A())
t(callable, B())
t(callable, A)
t(callable, B)
t(callable, obj=1)
t(callable, print)
t(callable, callable)
