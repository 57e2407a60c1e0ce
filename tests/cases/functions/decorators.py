def trace(f):
    def wrapper(*args, **kwargs):
        print('calling', f.__name__, args)
        r = f(*args, **kwargs)
        print('result', r)
        return r
    return wrapper
@trace
def add(a, b):
    return a + b
add(2, 3)
def repeat(n):
    def deco(f):
        def w(*a):
            return [f(*a) for _ in range(n)]
        return w
    return deco
@repeat(3)
def hello(name):
    return 'hi ' + name
print(hello('bob'))
def memo(f):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return w
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
def d1(f):
    return lambda: 'd1(' + f() + ')'
def d2(f):
    return lambda: 'd2(' + f() + ')'
@d1
@d2
def base():
    return 'base'
print(base())
registry = []
def register(f):
    registry.append(f.__name__)
    return f
@register
def one(): pass
@register
def two(): pass
print(registry)
