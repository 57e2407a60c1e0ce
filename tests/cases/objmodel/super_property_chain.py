class Base:
    def __init__(self): self._items = []
    @property
    def items(self): return list(self._items)
    @property
    def count(self): return len(self._items)
    def add(self, x): self._items.append(x); return self
class Doubled(Base):
    @property
    def items(self): return super().items * 2
    def add(self, x):
        super().add(x)
        return super().add(x)
class Tripled(Doubled):
    @property
    def count(self): return super().count * 10
t = Tripled()
t.add(1).add(2)
print(t.items, t.count, t._items)
print(Base.items.fget(t), Doubled.items.fget(t))
class Lazy(Base):
    @property
    def items(self):
        val = super().items
        self.__dict__['cached'] = val
        return val
l = Lazy()
l.add('x')
print(l.items, l.cached)
