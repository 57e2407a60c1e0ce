class C:
    def f(self): return 'method'
c = C()
print(c.f())
c.f = lambda: 'instance lambda'
print(c.f())
print(C.f(c))
del c.f
print(c.f())
def g(self): return 'g:' + type(self).__name__
C.g = g
print(c.g())
C.f = g
print(c.f())
bm = c.f
print(bm.__self__ is c, bm.__func__ is g)
print(C.f is g)
c.h = g
try:
    c.h()
except TypeError as e:
    print(type(e).__name__)
print(c.h(c))
class D:
    x = 1
    def x_(self): return self.x
d = D()
d.x = 2
print(d.x_(), D.x)
