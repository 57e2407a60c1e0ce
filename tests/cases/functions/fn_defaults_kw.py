def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, sorted(kw.items())
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(a=1, c=2, d=3, z=0))
def g(x=[]):
    x.append(1)
    return len(x)
print(g(), g(), g([]))
def h(*, only):
    return only
print(h(only=1))
def k(**kw):
    return kw
print(k(), k(a=1, b=2))
lam = lambda *a, **k: (a, k)
print(lam(1, 2, x=3))
print(f.__name__, lam.__name__, (lambda: 0).__name__)
def r(n):
    return 1 if n <= 1 else n * r(n - 1)
print(r(20), r(30))
