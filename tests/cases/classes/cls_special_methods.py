class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __eq__(self, o):
        return isinstance(o, Vec) and self.x == o.x and self.y == o.y
    def __repr__(self):
        return 'Vec(%r, %r)' % (self.x, self.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        if i == 0: return self.x
        if i == 1: return self.y
        raise IndexError(i)
    def __bool__(self):
        return self.x != 0 or self.y != 0
a = Vec(1, 2)
b = Vec(3, 4)
print(a + b, a - b, a * 3, 2 * a, -a)
print(a == Vec(1, 2), a == b, a != b, len(a), a[0], a[1])
print(list(a), bool(Vec(0, 0)), bool(a))
x, y = b
print(x, y)
print(str(a), repr([a]))
