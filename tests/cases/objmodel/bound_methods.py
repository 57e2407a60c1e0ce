class C:
    def __init__(self, v): self.v = v
    def get(self): return self.v
    def add(self, x, y=0): return self.v + x + y
c1, c2 = C(1), C(2)
m = c1.get
print(m(), m.__self__ is c1, m.__func__ is C.get, m.__name__)
print(C.get(c2), C.add(c1, 10, y=5))
print(c1.get == c1.get, c1.get == c2.get, c1.get is c1.get)
meths = [c.get for c in (c1, c2)]
print([f() for f in meths])
ad = c2.add
print(ad(1), ad(1, 2), ad(x=3), ad(1, y=4))
try:
    ad()
except TypeError as e:
    print(type(e).__name__)
try:
    C.get()
except TypeError as e:
    print(type(e).__name__)
print(C.get(C(9)), C.get(type('Duck', (), {'v': 'duck'})()))
class D:
    def m(self): return self
d = D()
print(d.m() is d, D.m(5))
f = c1.add
c1.v = 100
print(f(0))
print(type(c1.get).__name__ in ('method', 'bound_method'))
print(sorted(map(C.get, [C(3), C(1)])))
print(hash(c1.get) == hash(c1.get))
