class A:
    x = 'A.x'
    def f(self): return 'A.f'
class B:
    x = 'B.x'
    y = 'B.y'
    def f(self): return 'B.f'
    def g(self): return 'B.g'
class C(A, B):
    pass
class D(B, A):
    y = 'D.y'
c = C(); d = D()
print(c.x, c.y, c.f(), c.g())
print(d.x, d.y, d.f(), d.g())
print(C.x, D.x)
B.z = 'late'
print(c.z, d.z)
A.x = 'A.x2'
print(c.x, d.x)
class M1:
    def __init__(self):
        self.m1 = 1
        super().__init__()
class M2:
    def __init__(self):
        self.m2 = 2
        super().__init__()
class M(M1, M2):
    def __init__(self):
        super().__init__()
        self.m = 0
m = M()
print(sorted(vars(m).items()))
