def f(*args):
    return args
print(f(), f(1), f(1, 2, 3), type(f()).__name__)
def g(a, *rest):
    return a, rest
print(g(1), g(1, 2, 3))
def h(**kw):
    return sorted(kw.items())
print(h(), h(x=1, y=2))
def both(a, b=0, *args, **kwargs):
    return a, b, args, sorted(kwargs.items())
print(both(1))
print(both(1, 2, 3, 4, k=5, j=6))
print(both(*range(5), **{'z': 0}))
def fwd(*args, **kwargs):
    return both(*args, **kwargs)
print(fwd(9, 8, q=7))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1, 2, 3), total(*range(10)))
