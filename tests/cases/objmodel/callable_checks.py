class WithCall:
    def __call__(self): return 1
class Without: pass
class Sub(WithCall): pass
def fn(): pass
lam = lambda: 0
print(callable(WithCall()), callable(Without()), callable(Sub()), callable(Without))
print(callable(fn), callable(lam), callable(print), callable(len), callable(int), callable(type))
print(callable(WithCall().__call__), callable([].append), callable(str.upper))
print(callable(None), callable(1), callable('s'), callable([]), callable(callable))
w = Without()
w.__call__ = lambda: 1
print(callable(w))
Without.__call__ = lambda self: 'now callable'
print(callable(Without()), Without()())
del Without.__call__
print(callable(Without()))
class StaticCall:
    @staticmethod
    def __call__(): return 'static'
print(StaticCall()())
class Meta(type):
    def __call__(cls, *a): return 'meta-call'
class K(metaclass=Meta): pass
print(K(), callable(K))
try:
    Without()()
except TypeError as e:
    print(type(e).__name__)
