from collections import OrderedDict, defaultdict
od = OrderedDict()
od['z'] = 1; od['a'] = 2; od['m'] = 3
print(list(od), list(od.values()), od)
od.move_to_end('z'); print(list(od))
od.move_to_end('m', last=False); print(list(od))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1) == {'a': 1}, OrderedDict([('a', 1), ('b', 2)]) == OrderedDict([('b', 2), ('a', 1)]))
print(OrderedDict(), OrderedDict.fromkeys('ab', 0), isinstance(od, dict))
try:
    OrderedDict().popitem()
except KeyError:
    print('KeyError empty')
words = 'the quick brown fox jumps over the lazy dog the end'.split()
counts = defaultdict(int)
for w in words:
    counts[w] += 1
print(sorted(counts.items()), counts['absent'], len(counts))
groups = defaultdict(list)
for w in words:
    groups[len(w)].append(w)
print(sorted(groups.items()))
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 2
print(nested['a']['b'], dict(nested['a']))
plain = defaultdict(None, {'k': 1})
print(plain['k'], plain.default_factory)
try:
    plain['missing']
except KeyError:
    print('KeyError no factory')
try:
    defaultdict(5)
except TypeError:
    print('TypeError factory')
