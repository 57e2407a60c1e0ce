# assignment to attributes, subscripts and slices of different objects
class O:
    pass
o = O()
o.a = o.b = 1
o.c, o.d = 'cd'
print(o.a, o.b, o.c, o.d)
o.inner = O()
o.inner.x = [0, 0]
o.inner.x[1] = 'deep'
print(o.inner.x)
l = list(range(6))
l[1:3] = 'ab'
print(l)
l[::2] = [0, 0, 0]
print(l)
l[:0] = ['start']
print(l)
l[len(l):] = ['end']
print(l)
l[-2:] = []
print(l)
try:
    l[::2] = [1]
except ValueError:
    print('ValueError extended slice')
d = {}
d['a'] = d['b'] = []
d['a'].append(1)
print(d)
d[1, 2] = 'tuple key'
print(d[(1, 2)])
b = bytearray(b'abc')
b[0] = 65
b[1:2] = b'XY'
print(b)
nested = {'k': [{'z': 0}]}
nested['k'][0]['z'] += 5
print(nested)
try:
    (1, 2)[0] = 5
except TypeError:
    print('TypeError tuple item')
try:
    'abc'[0] = 'x'
except TypeError:
    print('TypeError str item')
try:
    o.missing.attr = 1
except AttributeError:
    print('AttributeError missing')
