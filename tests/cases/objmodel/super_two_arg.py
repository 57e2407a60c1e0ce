class A:
    def f(self): return 'A'
    @classmethod
    def c(cls): return 'A.c ' + cls.__name__
class B(A):
    def f(self): return 'B' + super(B, self).f()
class C(A):
    def f(self): return 'C' + super(C, self).f()
class D(B, C):
    def f(self): return 'D' + super(D, self).f()
d = D()
print(d.f())
print(super(B, d).f())
print(super(C, d).f())
print(super(D, d).f())
print(super(B, D).c())
print(super(D, D).c())
try:
    super(B, 5)
except TypeError as e:
    print(type(e).__name__)
try:
    super(B, A()).f()
except TypeError as e:
    print(type(e).__name__)
s = super(B, d)
try:
    s.nothere
except AttributeError as e:
    print(type(e).__name__)
print(super(A, d).__init__ is not None)
