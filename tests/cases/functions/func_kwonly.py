def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, b=2, c=4), f(a=0, b=0))
try:
    f(1, 2)
except TypeError:
    print('TypeError positional')
try:
    f(1)
except TypeError:
    print('TypeError missing')
def g(*args, sep='-', end='!'):
    return sep.join(args) + end
print(g('a', 'b'), g('a', 'b', sep='+'), g(end='?'))
def h(a, *args, key=None, **kw):
    return a, args, key, sorted(kw)
print(h(1, 2, 3, key='k', x=1, y=2))
