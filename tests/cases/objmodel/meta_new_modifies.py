class AutoRepr(type):
    def __new__(mcs, name, bases, ns):
        fields = ns.get('fields', ())
        def __init__(self, *args):
            for f, a in zip(fields, args):
                setattr(self, f, a)
        def __repr__(self):
            return '%s(%s)' % (name, ', '.join('%s=%r' % (f, getattr(self, f)) for f in fields))
        def __eq__(self, o):
            return type(self) is type(o) and all(getattr(self, f) == getattr(o, f) for f in fields)
        ns.setdefault('__init__', __init__)
        ns['__repr__'] = __repr__
        ns['__eq__'] = __eq__
        return super().__new__(mcs, name, bases, ns)
class Point(metaclass=AutoRepr):
    fields = ('x', 'y')
class Person(metaclass=AutoRepr):
    fields = ('name',)
    def __init__(self, name): self.name = name.title()
print(Point(1, 2), Person('ann lee'), Point(1, 2) == Point(1, 2), Point(1, 2) == Point(2, 1))
try:
    hash(Point(0, 0))
except TypeError as e:
    print(type(e).__name__)
class Upper(type):
    def __new__(mcs, name, bases, ns):
        new_ns = {}
        for k, v in ns.items():
            new_ns[k if k.startswith('__') else k.upper()] = v
        return type.__new__(mcs, name, bases, new_ns)
class U(metaclass=Upper):
    val = 1
    def meth(self): return 'M'
print(U.VAL, U().METH(), hasattr(U, 'val'))
class Abstract(type):
    def __call__(cls, *a, **k):
        if getattr(cls, 'abstract', False) and 'abstract' in cls.__dict__:
            raise TypeError('abstract ' + cls.__name__)
        return super().__call__(*a, **k)
class Shape(metaclass=Abstract):
    abstract = True
class Sq(Shape):
    pass
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)
print(type(Sq()).__name__)
