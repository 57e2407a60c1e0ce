class F:
    def __call__(self, a, b=2, *rest, c=3, **kw):
        return (a, b, rest, c, sorted(kw.items()))
f = F()
print(f(1), f(1, 5), f(1, 2, 3, 4), f(1, c=9), f(a=0, z=1), f(*(1, 2, 3), **{'c': 4, 'd': 5}))
try:
    f()
except TypeError as e:
    print(type(e).__name__)
try:
    f(1, a=2)
except TypeError as e:
    print(type(e).__name__)
class Curry:
    def __init__(self, fn, *args): self.fn = fn; self.args = args
    def __call__(self, *more):
        args = self.args + more
        if len(args) >= 3:
            return self.fn(*args)
        return Curry(self.fn, *args)
add3 = Curry(lambda a, b, c: a + b + c)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3))
class Memo:
    def __init__(self, fn): self.fn = fn; self.cache = {}; self.calls = 0
    def __call__(self, n):
        if n not in self.cache:
            self.calls += 1
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.calls, type(fib).__name__)
class Method:
    def __init__(self, fn): self.fn = fn
    def __call__(self, *a): return ('called', a)
class Host:
    m = Method(None)
print(Host().m(1))  # callable instance as class attr does not bind
