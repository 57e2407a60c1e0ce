d = {'a': 1, 'b': 2}
print(d | {'c': 3}, {'z': 0} | d, d | {'a': 9}, d)
e = d
d |= {'x': 0}
print(d, e is d)
d |= [('y', 5)]
print(d)
d |= {}
print(d)
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(list(reversed({})), next(reversed({1: 2})))
try:
    d | [('q', 1)]
except TypeError:
    print('TypeError dict | list')
try:
    d |= 5
except TypeError:
    print('TypeError dict |= int')
class D(dict):
    pass
print(type(D(a=1) | {'b': 2}).__name__ in ('dict', 'D'), D(a=1) | {'b': 2})
