class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        cls.kw = sorted(kw.items())
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class A(metaclass=Meta, flag=True, level=3):
    pass
print(A.kw)
class B(A, level=5):
    pass
print(B.kw, type(B).__name__)
def funcmeta(name, bases, ns):
    ns['via'] = 'function'
    return type(name, bases, ns)
class C(metaclass=funcmeta):
    x = 1
print(C.via, C.x, type(C).__name__)
def notype(name, bases, ns):
    return name + str(sorted(k for k in ns if not k.startswith('__')))
class D(metaclass=notype):
    a = 1
    b = 2
print(D)
