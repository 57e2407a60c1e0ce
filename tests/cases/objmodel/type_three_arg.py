def init(self, v): self.v = v
Point = type('Point', (), {'__init__': init, 'kind': 'pt', 'get': lambda self: self.v})
p = Point(3)
print(Point.__name__, p.v, p.get(), p.kind, type(p) is Point)
Sub = type('Sub', (Point,), {'kind': 'sub'})
s = Sub(4)
print(s.kind, s.get(), isinstance(s, Point), [c.__name__ for c in Sub.__mro__])
Empty = type('Empty', (), {})
print(Empty.__name__, Empty.__bases__ == (object,))
print(type(5).__name__, type('x') is str, type(type) is type, type(object) is type)
try:
    type('X', 'notatuple', {})
except TypeError as e:
    print(type(e).__name__)
try:
    type('X', (), [])
except TypeError as e:
    print(type(e).__name__)
try:
    type('X', ())
except TypeError as e:
    print(type(e).__name__)
Multi = type('Multi', (Sub, object), {'__repr__': lambda self: 'Multi(%r)' % self.v})
print(repr(Multi(9)), str(Multi(8)))
IntSub = type('IntSub', (int,), {'double': lambda self: self * 2})
print(IntSub(21).double(), IntSub(5) + 1)
