class Abstract:
    required = ()
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        missing = [m for m in cls.required if not callable(getattr(cls, m, None))]
        cls._missing = missing
    def __new__(cls, *a, **k):
        if cls._missing:
            raise TypeError('missing ' + ','.join(cls._missing))
        return super().__new__(cls)
class Shape(Abstract):
    required = ('area', 'name')
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def name(self): return 'square'
class Broken(Shape):
    def area(self): return 0
print(Square(3).area(), Square(2).name())
try:
    Broken()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)
class Interface:
    def method(self):
        raise NotImplementedError(type(self).__name__ + '.method')
class Impl(Interface):
    def method(self): return 'implemented'
class NoImpl(Interface): pass
print(Impl().method())
try:
    NoImpl().method()
except NotImplementedError as e:
    print(type(e).__name__, e)
