print(type(NotImplemented).__name__, NotImplemented is NotImplemented, repr(NotImplemented))
class A:
    def __add__(self, o): return NotImplemented
    def __eq__(self, o): return NotImplemented
a = A()
print(a.__add__(1) is NotImplemented, a.__eq__(a) is NotImplemented, a == a, a != a)
print((1).__add__('x') is NotImplemented, 'x'.__add__(1) if False else 'skip', (1.5).__mul__([]) is NotImplemented)
print((5).__radd__(3), (2).__rsub__(10), (3.0).__rtruediv__(6.0), 'b'.__mul__(2))
print((1).__eq__(1.0), (1).__lt__('a') is NotImplemented, [].__eq__(()) is NotImplemented)
try:
    a + 1
except TypeError as e:
    print(type(e).__name__)
