class U:
    def __init__(self, v): self.v = v
    def __neg__(self): return U(-self.v)
    def __pos__(self): return U(abs(self.v))
    def __invert__(self): return U(~self.v)
    def __abs__(self): return U(abs(self.v) * 10)
    def __repr__(self): return 'U(%d)' % self.v
u = U(-3)
print(-u, +u, ~u, abs(u), -(-u), not u, ~~u)
class MyInt(int):
    def __neg__(self): return 'custom neg'
    def __invert__(self): return 'custom invert'
    def __pos__(self): return 'custom pos'
print(-MyInt(1), ~MyInt(1), +MyInt(1), abs(MyInt(-2)), type(abs(MyInt(-2))).__name__)
class NoNeg(int): pass
print(-NoNeg(5), type(-NoNeg(5)).__name__, type(+NoNeg(5)).__name__, ~NoNeg(0))
class MyFloat(float):
    def __neg__(self): return 'float neg'
print(-MyFloat(1.5), +MyFloat(1.5), type(+MyFloat(1.5)).__name__)
class B(int):
    def __bool__(self): return False
print(not B(5), bool(B(5)))
