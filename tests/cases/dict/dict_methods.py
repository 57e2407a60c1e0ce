d = {'a': 1, 'b': 2, 'c': 3}
print(d.pop('b'), d, d.pop('zz', 'default'))
try:
    d.pop('zz')
except KeyError:
    print('KeyError')
print(d.setdefault('a', 100), d.setdefault('n', []), d)
d['n'].append(1)
print(d)
d.update({'a': -1, 'x': 9})
d.update(y=8)
d.update([('z', 7)])
print(d)
c = d.copy()
c['a'] = 'changed'
print(d['a'], c['a'])
print(dict.fromkeys(['p', 'q']), dict.fromkeys('ab', 0))
one = {'only': 1}
print(one.popitem(), one)
try:
    one.popitem()
except KeyError:
    print('KeyError')
d.clear()
print(d, len(d))
