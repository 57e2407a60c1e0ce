def g():
    yield 1
    yield 2
it = g()
print(iter(it) is it, hasattr(it, '__next__'), hasattr(it, 'send'))
print(next(it), it.__next__())
print(list(it), list(it))
gs = [g() for _ in range(2)]
print([next(x) for x in gs], [next(x) for x in gs])
print(list(map(lambda p: p[0] + p[1], zip(g(), g()))))
print(sorted(g(), reverse=True), list(reversed(list(g()))))
print(list(enumerate(g())))
