class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, B), isinstance(b, C), isinstance(b, (C, A)))
print(issubclass(B, A), issubclass(A, B), issubclass(B, B), issubclass(B, (C, A)), issubclass(B, object))
print(isinstance(1, int), isinstance(1.0, int), isinstance('s', str), isinstance([], (list, tuple)))
print(isinstance(True, int), isinstance(None, object), isinstance(int, type), isinstance(A, type))
print(type(b) == B, type(b) == A, type(type(b)).__name__)
try:
    isinstance(1, 1)
except TypeError:
    print('TypeError')
