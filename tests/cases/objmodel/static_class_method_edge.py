class A:
    @staticmethod
    def s(*args): return args
    @classmethod
    def c(*args): return [type(a).__name__ if not isinstance(a, type) else a.__name__ for a in args]
a = A()
print(A.s(), a.s(1), A.c(), a.c(2))
class B(A): pass
print(B.c(), B().c('x'))
print(A.__dict__['s'].__func__(5), isinstance(A.__dict__['c'], classmethod))
sm = A.__dict__['s']
print(type(sm).__name__, callable(sm.__func__))
class C:
    @classmethod
    @property
    def nope(cls): return 1
class D:
    def regular(self): return 'r'
    as_static = staticmethod(regular)
    as_class = classmethod(regular)
d = D()
print(d.as_static(d), d.as_class(), D.as_class())
try:
    staticmethod()
except TypeError as e:
    print(type(e).__name__)
try:
    classmethod(1, 2)
except TypeError as e:
    print(type(e).__name__)
class E:
    @staticmethod
    def factory(): return E()
    @classmethod
    def cfactory(cls): return cls.factory()
class F(E): pass
print(type(F.cfactory()).__name__, type(F.factory()).__name__)
