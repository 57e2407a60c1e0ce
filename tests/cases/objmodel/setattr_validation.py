class Strict:
    _fields = ('a', 'b')
    def __setattr__(self, name, value):
        if name not in self._fields:
            raise AttributeError('no field ' + name)
        super().__setattr__(name, value)
s = Strict()
s.a = 1
try:
    s.c = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(s.a, hasattr(s, 'c'), vars(s))
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, 'x', x)
    def __setattr__(self, n, v): raise TypeError('frozen')
    def __delattr__(self, n): raise TypeError('frozen del')
f = Frozen(1)
for action in [lambda: setattr(f, 'x', 2), lambda: delattr(f, 'x')]:
    try:
        action()
    except TypeError as e:
        print(e)
print(f.x)
class Audit:
    def __init__(self):
        self.__dict__['log'] = []
    def __setattr__(self, n, v):
        self.log.append(n)
        self.__dict__[n] = v
a = Audit()
a.x = 1; a.y = 2; a.x = 3
print(a.log, a.x)
class Sub(Audit):
    def __setattr__(self, n, v):
        super().__setattr__(n.upper(), v)
sb = Sub()
sb.q = 9
print(sb.Q, sb.log)
