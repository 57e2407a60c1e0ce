class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns, **kw)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        cls.kw = sorted(kw.items())
class A(Base, x=1, y=2):
    pass
print(A.kw, type(A).__name__)
class Swallow(type):
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        cls.meta_kw = sorted(kw)
        return cls
    def __init__(cls, *a, **k):
        pass
class B(metaclass=Swallow):
    def __init_subclass__(cls, **kw):
        cls.isc_kw = sorted(kw)
class C(B, hidden=True):
    pass
print(C.meta_kw, C.isc_kw)
D = Meta('D', (Base,), {}, z=3)
print(D.kw)
