class K:
    base = 10
    @staticmethod
    def s(a, b=1): return a + b
    @classmethod
    def c(cls, a): return (cls.__name__, cls.base + a)
    @classmethod
    def make(cls): return cls()
class L(K):
    base = 20
k = K(); l = L()
print(K.s(1), k.s(2, 3), L.s(4), l.s(5))
print(K.c(1), k.c(2), L.c(3), l.c(4))
print(type(L.make()).__name__, type(l.make()).__name__)
print(type(K.__dict__['s']).__name__, type(K.__dict__['c']).__name__)
print(K.__dict__['s'].__func__(7, 8))
print(K.__dict__['c'].__func__(L, 1))
sm = staticmethod(len)
cm = classmethod(lambda cls, x: cls.__name__ + x)
class M:
    f = sm
    g = cm
print(M.f('abc'), M().f([1]))
print(M.g('!'), M().g('?'))
bound = K.c
print(bound.__self__ is K, bound.__func__ is K.__dict__['c'].__func__)
print(K.s is k.s)
