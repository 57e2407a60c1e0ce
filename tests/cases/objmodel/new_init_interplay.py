class A:
    def __new__(cls, *args):
        print('A.__new__', cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        print('A.__init__', args)
        self.args = args
a = A(1, 2)
print(a.args)
class Other:
    def __init__(self): print('Other.__init__ should not run')
class B:
    def __new__(cls, x):
        if x < 0:
            return 'negative'
        if x == 0:
            return None
        return object.__new__(cls)
    def __init__(self, x):
        print('B.__init__', x)
print(B(-1), B(0), type(B(3)).__name__)
class Base: pass
class Derived(Base):
    def __init__(self): print('Derived.__init__')
class C(Base):
    def __new__(cls):
        return object.__new__(Derived)   # subclass of Base but not of C
    def __init__(self):
        print('C.__init__ (not called)')
print(type(C()).__name__)
class D:
    def __new__(cls):
        return object.__new__(E)
    def __init__(self): print('D.__init__')
class E(D):
    def __init__(self): print('E.__init__ not called by D()')
print(type(D()).__name__)
class F:
    def __init__(self):
        return 5
try:
    F()
except TypeError as e:
    print(type(e).__name__)
class G:
    def __init__(self):
        return None
print(type(G()).__name__)
