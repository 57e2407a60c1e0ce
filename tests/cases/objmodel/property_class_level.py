class C:
    _count = 0
    @property
    def count(self): return type(self)._count
    @count.setter
    def count(self, v): type(self)._count = v
a, b = C(), C()
a.count = 5
print(b.count, C._count)
C.count = 'replaced'
print(a.count, b.count)
class D:
    @property
    def p(self): return 'prop'
print(type(D.p).__name__, D.p.fget(None) if False else D.p.fget(D()))
D.p = 'plain'
print(D().p)
class E:
    x = property(lambda self: 'E.x')
e = E()
e.__dict__['x'] = 'inst'
print(e.x)
del E.x
print(e.x)
