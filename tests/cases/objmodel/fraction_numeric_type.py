def gcd(a, b):
    while b: a, b = b, a % b
    return abs(a)
class Frac:
    def __init__(self, n, d=1):
        if isinstance(n, Frac): n, d = n.n * d, n.d
        if d == 0: raise ZeroDivisionError('zero denominator')
        g = gcd(n, d) or 1
        if d < 0: g = -g
        self.n, self.d = n // g, d // g
    @staticmethod
    def _coerce(o):
        if isinstance(o, Frac): return o
        if isinstance(o, int): return Frac(o)
        return None
    def __add__(self, o):
        o = self._coerce(o)
        if o is None: return NotImplemented
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._coerce(o)
        if o is None: return NotImplemented
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o):
        return Frac._coerce(o) - self
    def __mul__(self, o):
        o = self._coerce(o)
        if o is None: return NotImplemented
        return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._coerce(o)
        if o is None: return NotImplemented
        return Frac(self.n * o.d, self.d * o.n)
    def __rtruediv__(self, o): return Frac._coerce(o) / self
    def __neg__(self): return Frac(-self.n, self.d)
    def __abs__(self): return Frac(abs(self.n), self.d)
    def __eq__(self, o):
        o = self._coerce(o)
        return o is not None and self.n == o.n and self.d == o.d
    def __hash__(self): return hash((self.n, self.d))
    def __lt__(self, o):
        o = self._coerce(o); return self.n * o.d < o.n * self.d
    def __le__(self, o): return self == o or self < o
    def __float__(self): return self.n / self.d
    def __int__(self): return int(self.n / self.d)
    def __bool__(self): return self.n != 0
    def __repr__(self): return 'Frac(%d, %d)' % (self.n, self.d)
    def __str__(self): return '%d/%d' % (self.n, self.d) if self.d != 1 else str(self.n)
    def __pow__(self, k): return Frac(self.n ** k, self.d ** k) if k >= 0 else Frac(self.d ** -k, self.n ** -k)
    def __round__(self, nd=None): return round(float(self), nd)
half, third = Frac(1, 2), Frac(1, 3)
print(half + third, half - third, half * third, half / third, 1 + half, 1 - half, 2 * third, 1 / third)
print(-half, abs(Frac(-3, 4)), half ** 2, half ** -2, float(third), int(Frac(7, 2)), round(third, 3))
print(half == Frac(2, 4), half == 0, half != third, third < half, half <= half, sorted([half, third, Frac(0)]))
print(bool(Frac(0)), bool(half), str(Frac(4, 2)), repr(Frac(6, -4)), len({half, Frac(2, 4), third}))
print(sum([half, third, Frac(1, 6)]), sum([Frac(1, 4)] * 4) == 1, max(half, third), min(half, third))
try:
    half + 1.5
except TypeError as e:
    print(type(e).__name__)
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
acc = Frac(0)
for k in range(1, 5):
    acc += Frac(1, k)
print(acc, '%s' % acc, f'{acc!s} {acc!r}')
