class Point(tuple):
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
    def __repr__(self):
        return 'Point(%r, %r)' % self

p = Point(1, 2)
q = p + Point(10, 20)
print(p, q, q.x, len(q), q == (11, 22), hash(p) == hash((1, 2)), list(q), q[::-1])
x, y = q
print(x, y, max(q), type(q[0:1]).__name__, isinstance(q, tuple), {p: 'p'}[(1, 2)])

class Celsius(float):
    def to_f(self):
        return self * 9 / 5 + 32
c = Celsius(100)
print(c, c.to_f(), round(c), type(c + 1).__name__, c > 99.5, '%.1f' % c, int(c))
print(Celsius('36.6'), Celsius(), -c, abs(Celsius(-1.5)), c.is_integer(), hash(c) == hash(100))

class Tags(set):
    def describe(self):
        return ','.join(sorted(self))
t = Tags(['b', 'a'])
t.add('c')
print(t.describe(), len(t), 'a' in t, type(t).__name__, sorted(t | {'z'}), isinstance(t, set))
class Frozen(frozenset):
    pass
f = Frozen([1, 2, 2])
print(sorted(f), len(f), hash(f) == hash(frozenset([1, 2])), f == {1, 2}, type(f).__name__)

class Blob(bytes):
    def hexs(self):
        return self.hex()
b = Blob(b'\x01\xff')
print(b, b.hexs(), len(b), b[0], b + b'x', type(b + b'x').__name__, Blob([65, 66]), Blob(3))
class Buf(bytearray):
    pass
bb = Buf(b'ab')
bb.append(99)
print(bb, len(bb), type(bb).__name__, bytes(bb))
