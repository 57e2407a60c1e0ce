class Base:
    kind = 'base'
    def __init__(self, x):
        self.x = x
    def describe(self):
        return '%s:%s' % (self.kind, self.x)
    def twice(self):
        return self.describe() * 2
class Child(Base):
    kind = 'child'
class GrandChild(Child):
    def describe(self):
        return 'gc(' + Base.describe(self) + ')'
b = Base(1); c = Child(2); g = GrandChild(3)
print(b.describe(), c.describe(), g.describe())
print(g.twice())
print(isinstance(g, Base), isinstance(b, Child))
print(type(g) is GrandChild, type(g).__name__)
print(GrandChild.__base__ is Child, Child.__base__ is Base)
print(Child.kind, GrandChild.kind)
Child.kind = 'changed'
print(g.describe(), c.describe(), b.describe())
del Child.kind
print(g.describe(), c.describe())
print('describe' in Base.__dict__, 'describe' in Child.__dict__)
