class Meta(type):
    @property
    def upper_name(cls):
        return cls.__name__.upper()
    def __len__(cls):
        return len(cls.__name__)
    def __getitem__(cls, k):
        return (cls.__name__, k)
    def __iter__(cls):
        return iter(range(3))
    def __contains__(cls, x):
        return x == 'magic'
    def __repr__(cls):
        return '<Meta-class %s>' % cls.__name__
    def __eq__(cls, other):
        return isinstance(other, str) and other == cls.__name__
    __hash__ = type.__hash__
    def __add__(cls, other):
        return cls.__name__ + '+' + other.__name__
class Foo(metaclass=Meta):
    pass
class Bar(metaclass=Meta): pass
print(Foo.upper_name, len(Foo), Foo[1], list(Foo), 'magic' in Foo, 'x' in Foo)
print(repr(Foo), str(Foo))
print(Foo == 'Foo', Foo == 'Bar', Foo != 'Foo')
print(Foo + Bar)
d = {Foo: 1}
print(d[Foo])
try:
    Foo().upper_name
except AttributeError as e:
    print(type(e).__name__)
class Meta2(type):
    attr = 'meta-attr'
class C(metaclass=Meta2):
    pass
class D(metaclass=Meta2):
    attr = 'class-attr'
print(C.attr, D.attr)
try:
    C().attr
except AttributeError as e:
    print(type(e).__name__)
