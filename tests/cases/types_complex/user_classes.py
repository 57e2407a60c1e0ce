class C:
    def __complex__(self):
        return 1 + 2j

class F:
    def __float__(self):
        return 2.5

class I:
    def __index__(self):
        return 7

class R:
    def __radd__(self, other):
        return 'radd %r' % (other,)
    def __rmul__(self, other):
        return 'rmul %r' % (other,)

print(complex(C()))
print(complex(F()))
print(complex(I()))
print(complex(F(), I()))
print(1j + R())
print(2j * R())

class Bad:
    def __complex__(self):
        return 1

try:
    complex(Bad())
except TypeError:
    print('TypeError')

class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, other):
        return V(self.x + other)
    __radd__ = __add__
    def __repr__(self):
        return 'V(%r)' % (self.x,)

print(V(1) + 1j, 1j + V(2))
