d = {'a': 1, 'b': 2}
d['c'] = 3
print(d, len(d), d.get('z'), d.get('z', 0), 'a' in d, 'z' not in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop('a'), d.pop('zz', 'dflt'), d)
print(d.setdefault('b', 9), d.setdefault('n', []), d)
d.update({'x': 1}, y=2)
d.update([('w', 0)])
print(d)
print(d.popitem(), d)
e = dict.fromkeys('ab', 0)
print(e, dict(a=1, b=2), dict(zip('xy', [1, 2])))
del e['a']
print(e)
try:
    del e['q']
except KeyError as err:
    print('KeyError', err.args)
f = d.copy(); f.clear(); print(f, len(d) > 0)
print({1: 'a'} == {1: 'a'}, {1: 'a'} != {1: 'b'})
