class Vec:
    def __init__(self, *c):
        self.c = c
    def __add__(self, o):
        return Vec(*[a + b for a, b in zip(self.c, o.c)])
    def __sub__(self, o):
        return Vec(*[a - b for a, b in zip(self.c, o.c)])
    def __mul__(self, k):
        return Vec(*[a * k for a in self.c])
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return Vec(*[a / k for a in self.c])
    def __floordiv__(self, k):
        return Vec(*[a // k for a in self.c])
    def __mod__(self, k):
        return Vec(*[a % k for a in self.c])
    def __neg__(self):
        return Vec(*[-a for a in self.c])
    def __pos__(self):
        return self
    def __abs__(self):
        return sum(a * a for a in self.c)
    def __pow__(self, n):
        return Vec(*[a ** n for a in self.c])
    def __repr__(self):
        return 'Vec%r' % (self.c,)
a = Vec(1, 2, 3)
b = Vec(4, 5, 6)
print(a + b, a - b, a * 2, 3 * a, b / 2, b // 4, b % 4, -a, +a, abs(a), a ** 2)
c = a
c += b
print(c, a)
