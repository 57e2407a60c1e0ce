class A: pass
try:
    A(1)
except TypeError as e:
    print('A(1)', type(e).__name__)
try:
    A(x=1)
except TypeError as e:
    print('A(x=1)', type(e).__name__)
class B:
    def __init__(self, a): self.a = a
try:
    B()
except TypeError as e:
    print('B()', type(e).__name__)
try:
    B(1, 2)
except TypeError as e:
    print('B(1,2)', type(e).__name__)
print(B(a=3).a)
class C:
    def __new__(cls, a):
        return object.__new__(cls)
print(type(C(1)).__name__)
try:
    object.__new__(5)
except TypeError as e:
    print(type(e).__name__)
try:
    object(1)
except TypeError as e:
    print('object(1)', type(e).__name__)
print(type(object()).__name__)
try:
    o = object()
    o.x = 1
except AttributeError as e:
    print(type(e).__name__)
