class A:
    x = 1
    def m(self): return 'm1'
class B(A): pass
b = B()
print(b.x, b.m())
A.x = 2
A.m = lambda self: 'm2'
print(b.x, b.m(), B.x)
B.x = 3
print(b.x, A.x)
del B.x
print(b.x)
A.new = 'added'
print(b.new, hasattr(B, 'new'))
del A.new
print(hasattr(b, 'new'))
try:
    del B.m
except AttributeError as e:
    print(type(e).__name__)
setattr(A, 'dyn', property(lambda self: 'dynprop'))
print(b.dyn)
b.__class__.counter = 0
for _ in range(3): B.counter += 1
print(B.counter, hasattr(A, 'counter'))
try:
    int.foo = 1
except TypeError as e:
    print(type(e).__name__)
try:
    del str.upper
except TypeError as e:
    print(type(e).__name__)
try:
    list.x
except AttributeError as e:
    print(type(e).__name__)
