class Vec:
    __slots__ = ('x', 'y')
    def __init__(self, x, y): self.x = x; self.y = y
    def __repr__(self): return 'Vec(%r, %r)' % (self.x, self.y)
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __add__(self, o):
        if not isinstance(o, Vec): return NotImplemented
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, Vec): return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return Vec(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self): return bool(self.x or self.y)
    def __iter__(self):
        yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __len__(self): return 2
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, a * b, -a, abs(b), bool(Vec(0, 0)), bool(a))
print(list(a), a[1], a[-1], len(a), tuple(b), dict(zip('xy', b)))
x, y = b
print(x, y, a == Vec(1, 2), a != b, {a, Vec(1, 2), b} == {a, b})
print(sum([a, b], Vec(0, 0)), max([a, b], key=abs))
try:
    a + 1
except TypeError as e:
    print(type(e).__name__)
acc = Vec(0, 0)
for v in [a, b, a]:
    acc += v
print(acc, sorted([b, a], key=lambda v: -v.x))
