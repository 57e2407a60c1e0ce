class Base:
    created = []
    def __new__(cls, *a, **k):
        Base.created.append(cls.__name__)
        return super().__new__(cls)
    @classmethod
    def build(cls, *a):
        return cls(*a)
class Child(Base):
    def __new__(cls, v):
        inst = super().__new__(cls, v)
        inst.v = v
        return inst
    @classmethod
    def build(cls, *a):
        obj = super().build(*a)
        obj.built = True
        return obj
c = Child.build(5)
print(type(c).__name__, c.v, c.built, Base.created)
class GC(Child): pass
g = GC.build(7)
print(type(g).__name__, g.v, g.built, Base.created)
class WithInit(Base):
    def __init__(self, a, b):
        self.s = a + b
print(WithInit(1, 2).s, Base.created[-1])
