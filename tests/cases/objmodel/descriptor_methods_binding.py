class MyMethod:
    def __init__(self, f): self.f = f
    def __get__(self, obj, owner=None):
        if obj is None: return self
        return lambda *a: self.f(obj, *a)
class C:
    @MyMethod
    def hello(self, x): return 'hello %s from %s' % (x, type(self).__name__)
print(C().hello('w'), type(C.hello).__name__)
class Counter:
    def __init__(self): self.n = 0
    def __get__(self, obj, owner):
        self.n += 1
        return self.n
class D:
    c = Counter()
d = D()
print(d.c, d.c, D.c)
def func(self, y): return (type(self).__name__, y)
bound = func.__get__(D(), D)
print(bound(1), func.__get__(None, D) is func)
print(staticmethod(func).__get__(None, D) is func)
print(classmethod(func).__get__(None, D)(2), classmethod(func).__get__(d)(3))
class ClassProp:
    def __init__(self, f): self.f = f
    def __get__(self, obj, owner): return self.f(owner)
class E:
    name = 'E-class'
    @ClassProp
    def upper(cls): return cls.name.upper()
class F(E):
    name = 'f-class'
print(E.upper, F.upper, F().upper)
print(len.__name__, [].append.__name__ if hasattr([].append, '__name__') else 'append')
