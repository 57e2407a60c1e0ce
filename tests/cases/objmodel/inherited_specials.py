class Base:
    def __init__(self, v): self.v = v
    def __add__(self, o): return type(self)(self.v + o.v)
    def __repr__(self): return '%s(%r)' % (type(self).__name__, self.v)
    def __len__(self): return self.v
    def __eq__(self, o): return type(self) is type(o) and self.v == o.v
    def __hash__(self): return hash(self.v)
    def __iter__(self): return iter(range(self.v))
    def __getitem__(self, i): return i * self.v
class Mid(Base): pass
class Leaf(Mid):
    def __repr__(self): return 'Leaf<' + super().__repr__() + '>'
l = Leaf(3)
print(l + Leaf(1), len(l), list(l), l[2], l == Leaf(3), l == Mid(3), hash(l) == hash(3))
print(Mid(2) + Mid(2), repr(Mid(1)), str(Leaf(0)))
class Mixin:
    def __str__(self): return 'mixin-str ' + repr(self)
class Combined(Mixin, Leaf): pass
print(str(Combined(4)), repr(Combined(4)), f'{Combined(1)}')
class Override(Base):
    __len__ = None
try:
    len(Override(1))
except TypeError as e:
    print(type(e).__name__)
class Override2(Base):
    __iter__ = None
try:
    iter(Override2(1))
except TypeError as e:
    print(type(e).__name__)
