def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
class C:
    a = 1
    def __init__(self):
        self.b = 2
o = C()
t(getattr)
t(getattr, o)
t(getattr, o, 'a')
t(getattr, o, 'b')
t(getattr, o, 'c')
t(getattr, o, 'c', None)
t(getattr, o, 'c', 'dflt')
t(getattr, o, 1)
t(getattr, o, 1, 2)
t(getattr, o, None)
t(getattr, o, 'a', 2, 3)
t(getattr, 1, 'real')
t(getattr, 1, 'nope')
t(getattr, 'x', 'upper')
t(lambda: getattr('x', 'upper')())
t(getattr, [], 'nope', 5)
t(getattr, None, 'x', 0)
t(hasattr)
t(hasattr, o)
t(hasattr, o, 'a')
t(hasattr, o, 'zz')
t(hasattr, o, 1)
t(hasattr, o, 'a', 1)
t(hasattr, [], 'append')
t(hasattr, None, '__class__')
class P:
    @property
    def bad(self):
        raise ValueError('x')
    @property
    def attr_err(self):
        raise AttributeError('y')
p = P()
t(hasattr, p, 'attr_err')
t(getattr, p, 'attr_err', 'default')
t(getattr, p, 'bad', 'default')
class GA:
    def __getattr__(self, name):
        if name == 'magic':
            return 42
        raise AttributeError(name)
g = GA()
t(getattr, g, 'magic')
t(getattr, g, 'other')
t(getattr, g, 'other', -1)
t(hasattr, g, 'magic')
t(hasattr, g, 'other')
