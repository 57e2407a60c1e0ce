class C:
    a = 1
    def __init__(self): self.b = 2
    @property
    def p(self): return 3
    def m(self): return 4
c = C()
for name in ['a', 'b', 'p', 'm', 'zz']:
    print(name, hasattr(c, name), getattr(c, name, None) if name != 'm' else getattr(c, name)())
setattr(c, 'a', 10)
print(c.a, C.a)
delattr(c, 'a')
print(c.a)
try:
    setattr(c, 'p', 1)
except AttributeError as e:
    print(type(e).__name__)
try:
    getattr(c, 1)
except TypeError as e:
    print(type(e).__name__)
try:
    delattr(c, 'nope')
except AttributeError as e:
    print(type(e).__name__)
print(getattr(C, 'm')(c), getattr(C, 'a'), getattr(C(), '__class__') is C)
print(hasattr(C, 'b'), hasattr(C, '__init__'), hasattr(5, 'real'), hasattr('x', 'upper'))
