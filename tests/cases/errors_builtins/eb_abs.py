def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
t(abs)
t(abs, 1, 2)
t(abs, 'x')
t(abs, None)
t(abs, [])
t(abs, -5)
t(abs, -2**100)
t(abs, 2**100)
t(abs, -0.0)
t(abs, -1.5)
t(abs, float('-inf'))
t(abs, True)
t(abs, False)
t(abs, x=1)
class A:
    def __abs__(self):
        return 42
t(abs, A())
class B:
    pass
t(abs, B())
print(abs(-(2**63)), abs(-(2**62)), abs(-(2**31)))
print(type(abs(True)).__name__)
