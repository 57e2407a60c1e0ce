sq = lambda x: x * x
print(sq(5), (lambda: 'noargs')(), (lambda a, b=2: a + b)(1))
print((lambda *a, **k: (a, sorted(k)))(1, 2, x=3))
print(sorted([3, -1, 2], key=lambda v: abs(v)))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda x: x % 2, range(10))))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print(sq.__name__)
fs = {'+': lambda a, b: a + b, '*': lambda a, b: a * b}
print(fs['+'](2, 3), fs['*'](2, 3))
print((lambda x: (lambda y: x + y))(10)(5))
