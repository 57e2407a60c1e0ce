def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def lcm(a, b):
    return a * b // gcd(a, b)
class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError('zero denominator')
        g = gcd(n, d)
        if d < 0:
            g = -g
        self.n, self.d = n // g, d // g
    def __add__(self, o):
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    def __mul__(self, o):
        return Frac(self.n * o.n, self.d * o.d)
    def __eq__(self, o):
        return self.n == o.n and self.d == o.d
    def __repr__(self):
        return '%d/%d' % (self.n, self.d)
print(gcd(48, 18), gcd(17, 5), lcm(4, 6), lcm(21, 6))
h = Frac(0)
for i in range(1, 11):
    h = h + Frac(1, i)
print(h, Frac(2, -4), Frac(3, 9) * Frac(9, 3), Frac(1, 2) == Frac(2, 4))
try:
    Frac(1, 0)
except ZeroDivisionError:
    print('ZeroDivisionError')
