def f(a, b, *c, d=4, **e):
    return a, b, c, d, sorted(e.items())
args = (1, 2, 3)
kw = {'d': 40, 'z': 26}
print(f(*args, **kw))
print(f(0, *args))
print(f(*[1], *[2, 3], **{'x': 1}, **{'y': 2}))
print(f(1, 2, *range(3), d=0))
def g(*args):
    return len(args)
print(g(*[]), g(*'hello'), g(*range(100)))
def h(x, y):
    return x - y
pairs = [(5, 3), (10, 1)]
print([h(*p) for p in pairs])
print(list(map(h, [5, 10], [3, 1])))
