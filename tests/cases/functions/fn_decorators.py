def trace(fn):
    def wrapper(*args, **kw):
        print('call', fn.__name__, args)
        return fn(*args, **kw)
    return wrapper
@trace
def add(a, b):
    return a + b
print(add(1, 2))
def repeat(n):
    def deco(fn):
        def w():
            return [fn() for _ in range(n)]
        return w
    return deco
@repeat(3)
def one():
    return 1
print(one())
def register(cls):
    cls.registered = True
    return cls
@register
class C:
    pass
print(C.registered)
class M:
    @staticmethod
    @trace
    def s(x):
        return x * 2
print(M.s(4))
