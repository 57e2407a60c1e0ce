class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns['added'] = name.lower()
        cls = super().__new__(mcs, name, bases, ns)
        print('Meta.__new__', name, [b.__name__ for b in bases])
        return cls
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.inited = True
    def hello(cls):
        return 'hello from ' + cls.__name__
class A(metaclass=Meta):
    pass
class B(A):
    x = 1
print(A.added, B.added, A.inited, B.inited)
print(type(A) is Meta, type(B) is Meta, isinstance(A, Meta), isinstance(A, type))
print(A.hello(), B.hello())
print(hasattr(A(), 'hello'))
try:
    A().hello()
except AttributeError as e:
    print(type(e).__name__)
print(type(Meta) is type, Meta.__name__)
