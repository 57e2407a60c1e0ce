class A:
    def f(self):
        return 'A.f'
    def g(self):
        return 'A.g'
class B(A):
    def f(self):
        return 'B.f>' + super(B, self).f()
class C(B):
    def f(self):
        return 'C.f>' + super().f()
    def g(self):
        return 'C.g>' + A.g(self)
c = C()
print(c.f(), c.g())
class Base:
    def __init__(self):
        self.items = ['base']
class Child(Base):
    def __init__(self):
        super().__init__()
        self.items.append('child')
print(Child().items)
