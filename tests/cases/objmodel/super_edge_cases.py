class A:
    def f(self): return 'A.f'
    x = 'A.x'
class B(A):
    def f(self):
        return super().f(), super().x
    def g(self):
        return super().__class__.__name__
print(B().f(), B().g())
class C(A):
    def f(self):
        sup = super()
        return sup.f
print(C().f()())
def outside(self):
    return super(D, self).f()
class D(A):
    pass
D.f2 = outside
print(D().f2())
class E(A):
    def f(self):
        return [super().f() for _ in range(2)]
try:
    print(E().f())
except TypeError as e:
    print('comprehension super', type(e).__name__)
class F(A):
    @staticmethod
    def s(obj):
        return super(F, obj).f()
print(F.s(F()))
class G(A):
    def __init__(self):
        super().__init__()
        self.ok = True
print(G().ok)
try:
    super()
except RuntimeError as e:
    print(type(e).__name__)
