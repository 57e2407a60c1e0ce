def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
t(f)
t(f, 1)
t(f, 1, c=3)
t(f, 1, 2, 3, 4, c=5, e=6)
t(f, 1, a=1, c=3)
t(f, c=3)
t(f, 1, c=3, **{'d': 5})
t(f, 1, c=3, **{'a': 5})
t(f, *[1, 2, 3], c=0)
t(f, 1, *5, c=0) if False else print('TypeError')
t(lambda: f(1, **{1: 2}))
t(lambda: f(1, c=1, **{'c': 2}))
def g(a, b):
    return a - b
t(g, 1)
t(g, 1, 2, 3)
t(g, b=1, a=5)
t(g, 1, b=2)
t(g, 1, a=2)
t(g, x=1)
t(g, *(1,), **{'b': 3})
def h(*, k):
    return k
t(h)
t(h, 1)
t(h, k=1)
def p(a, /, b):
    return a, b
t(p, 1, 2)
t(p, 1, b=2)
t(p, a=1, b=2)
def v(*args):
    return args
t(v)
t(v, *range(3))
t(v, *'ab', *[1])
def kwo(**kw):
    return sorted(kw)
t(kwo, a=1, b=2)
t(kwo, **{'x': 1}, y=2)
t(kwo, 1)
t(lambda: kwo(**{'x': 1}, **{'x': 2}))
t(lambda: v(*None))
t(lambda: v(*5))
def defaults(a, b=[]):
    b.append(a)
    return b
print(defaults(1), defaults(2), defaults(3, []))
t(lambda: (lambda: 0)(1))
t(lambda: (lambda x, y=1: x + y)(1, y=5))
class C:
    def m(self, x):
        return x
    @staticmethod
    def s(x):
        return x
    @classmethod
    def c(cls, x):
        return cls.__name__, x
o = C()
t(o.m)
t(o.m, 1)
t(o.m, 1, 2)
t(C.m, 1)
t(C.m, o, 5)
t(C.s)
t(C.s, 1)
t(o.s, 2)
t(C.c, 3)
t(o.c, 4)
t(o.c)
