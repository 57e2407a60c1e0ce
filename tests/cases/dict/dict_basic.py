d = {'a': 1, 'b': 2}
print(d, len(d), d['a'], 'a' in d, 'z' in d, 'z' not in d)
d['c'] = 3
d['a'] = 10
print(d)
del d['b']
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get('a'), d.get('zz'), d.get('zz', 'dflt'))
try:
    d['missing']
except KeyError:
    print('KeyError')
try:
    del d['missing']
except KeyError:
    print('KeyError')
print(dict(), dict(a=1, b=2), dict([('x', 1), ('y', 2)]), dict({'k': 'v'}), dict([('p', 0)], q=1))
print({}, {1: 'one', 2.5: 'x', (1, 2): 'tuple', None: 'none', True: 'bool'})
e = {1: 'a', True: 'b'}
print(e, len(e))
