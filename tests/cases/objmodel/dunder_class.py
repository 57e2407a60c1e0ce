class A: pass
class B(A): pass
a, b = A(), B()
print(a.__class__ is A, b.__class__ is B, b.__class__.__name__, type(b).__mro__[1] is A)
print((5).__class__ is int, 'x'.__class__.__name__, [].__class__ is list, None.__class__.__name__)
print(A.__class__ is type, type.__class__ is type, int.__class__ is type)
print(b.__class__.__bases__[0].__name__)
obj = b.__class__()
print(type(obj).__name__)
def make_like(x):
    return x.__class__()
print(type(make_like(a)).__name__, make_like(5), make_like('s') == '')
print(isinstance(b, a.__class__), issubclass(b.__class__, A))
class M(type): pass
class C(metaclass=M): pass
print(C.__class__ is M, C().__class__ is C)
print(A.__name__, A.__qualname__, B.__module__ == __name__)
def f():
    class Inner: pass
    return Inner
print(f().__name__, f().__qualname__)
class Outer:
    class Nested: pass
print(Outer.Nested.__qualname__)
