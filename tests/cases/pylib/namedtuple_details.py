from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
Point3 = namedtuple('Point3', 'x, y, z')
p = Point(3, 4)
print(p, repr(p), str(p), p.x + p.y, p[0], p[-1], p[:1], list(p), tuple(p))
print(Point._fields, Point3._fields, Point3(1, 2, 3).z, type(p).__name__, isinstance(p, Point))
print(p == Point(3, 4), p != Point(4, 3), p < Point(3, 5), sorted([Point(2, 1), Point(1, 2)]))
print({p: 'a'}[(3, 4)], p._asdict(), p._replace(y=10), p, Point._make((7, 8)))
print(p.count(3), p.index(4), 4 in p, len(Point3(0, 0, 0)))
try:
    p.x = 5
except AttributeError:
    print('AttributeError: read-only field')
try:
    namedtuple('Bad', 'x 1y')
except ValueError:
    print('ValueError bad field')
try:
    Point(1, 2, z=3)
except TypeError:
    print('TypeError unknown keyword')
class Vec(namedtuple('Vec', 'x y')):
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
v = Vec(1, 2) + Vec(3, 4)
print(v, v.norm2(), type(v).__name__)
Opt = namedtuple('Opt', 'a b c', defaults=(2, 3))
print(Opt(1), Opt(1, c=9), Opt._field_defaults)
