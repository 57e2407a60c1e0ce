class C:
    def _get(self): return 'got'
    p = property(_get)
    q = property()
c = C()
print(c.p)
try:
    c.q
except AttributeError as e:
    print(type(e).__name__)
try:
    c.q = 1
except AttributeError as e:
    print(type(e).__name__)
print(C.p.__get__(c, C), C.p.__get__(None, C) is C.p)
C.p.__set__ if False else None
try:
    C.p.__set__(c, 1)
except AttributeError as e:
    print(type(e).__name__)
class Lazy:
    @property
    def expensive(self):
        print('computing')
        v = 42
        self.__dict__['cached'] = v
        return v
l = Lazy()
print(l.expensive, l.expensive, l.cached)
class Chain:
    def __init__(self): self._v = 0
    v = property(lambda s: s._v)
    v = v.setter(lambda s, x: setattr(s, '_v', x * 10))
ch = Chain()
ch.v = 2
print(ch.v)
p1 = property(lambda s: 1)
p2 = p1.setter(lambda s, v: None)
print(p1 is p2, p1.fset is None, p2.fset is not None, p2.fget is p1.fget)
class Sub(Chain):
    @Chain.v.getter
    def v(self): return -self._v
s = Sub()
s.v = 3
print(s.v, Chain.v is not Sub.v)
class PropErr:
    @property
    def bad(self):
        raise AttributeError('inner')
    def __getattr__(self, name):
        return 'getattr:' + name
print(PropErr().bad)
