class A:
    def __init__(self): self._v = 0
    @property
    def v(self): return self._v
    @v.setter
    def v(self, val): self._v = val
class B(A):
    @property
    def v(self): return super().v * 10
    @v.setter
    def v(self, val):
        A.v.fset(self, val + 1)
b = B()
b.v = 4
print(b.v, b._v)
class C(A):
    def __init__(self):
        super().__init__()
        self.extra = 'x'
c = C()
print(c.v, c.extra)
class D(A):
    def get(self):
        return super().__init__, super().v
x = D()
print(x.get()[1])
