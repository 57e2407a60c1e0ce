class A:
    __secret = 'A-secret'
    def __init__(self):
        self.__x = 1
    def get(self): return self.__x, self.__secret, A.__secret
    def __private(self): return 'A.__private'
    def call(self): return self.__private()
class B(A):
    __secret = 'B-secret'
    def __init__(self):
        super().__init__()
        self.__x = 2
    def getb(self): return self.__x, self.__secret
b = B()
print(b.get(), b.getb(), b.call())
print(sorted(k for k in vars(b)), hasattr(b, '__x'), b._A__x, b._B__x)
print('_A__secret' in A.__dict__, '_B__secret' in B.__dict__, '__secret' in A.__dict__)
try:
    b.__private()
except AttributeError as e:
    print(type(e).__name__)
print(b._A__private())
class C:
    def __dunder__(self): return 'not mangled'
    __both__ = 'kept'
print(C().__dunder__(), C.__both__)
