class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
p = Point(3, 4)
print(p.x, p.y, p.norm2(), Point.dims, p.dims)
p.dims = 3
print(p.dims, Point.dims)
Point.dims = 5
q = Point(1, 1)
print(q.dims, p.dims)
print(hasattr(p, 'x'), hasattr(p, 'z'), getattr(p, 'z', 'none'))
setattr(p, 'z', 9)
print(p.z)
delattr(p, 'z')
print(hasattr(p, 'z'))
print(type(p).__name__, isinstance(p, Point), isinstance(3, Point))
