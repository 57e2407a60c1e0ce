def replace(cls):
    class Wrapper(cls):
        wrapped = True
    return Wrapper
@replace
class A:
    def who(self):
        return __class__.__name__
    def sup(self):
        return super().__init__ is not None
a = A()
print(type(a).__name__, a.who(), a.sup(), A.wrapped)
class Base:
    def hello(self): return 'base'
class Child(Base):
    def hello(self):
        return 'child>' + super().hello()
Saved = Child
class Child(Base):
    def hello(self): return 'new child'
print(Saved().hello(), Child().hello())
def make(n):
    class K:
        def get(self): return (n, __class__.__name__)
    return K
print(make(1)().get(), make(2)().get(), make(1) is make(1))
