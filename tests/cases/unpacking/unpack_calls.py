def f(a, b, c=0, *args, **kw):
    return (a, b, c, args, sorted(kw.items()))
print(f(*[1, 2]))
print(f(1, *(2, 3, 4)))
print(f(**{'a': 1, 'b': 2}))
print(f(1, 2, 3, 4, 5, x=6, **{'y': 7}))
print([*range(3), *'ab'], (*[1], 2), {*[1, 2], 3} == {1, 2, 3})
print({**{'a': 1}, 'b': 2, **{'a': 3}})
def g(*, key):
    return key
print(g(key='k'))
try:
    g('k')
except TypeError:
    print('TypeError')
def h(a, /, b):
    return a - b
print(h(5, b=3))
