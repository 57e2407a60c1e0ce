# dict iteration walks the dict's own storage: str-only keys and mixed keys,
# value changes during iteration, size changes, storage switch mid-iteration


def show(d):
    print(list(d), list(d.values()), list(d.items()), len(d.keys()))


s = {'a': 1, 'b': 2, 'c': 3}
m = {'a': 1, 2: 'two', (3, 4): [5], None: 0, 1.5: 'f'}
show(s)
show(m)
show({})

# iterating twice over a view, and the same iterator after exhaustion
for d in (s, m):
    v = d.items()
    print(list(v) == list(v), list(iter(v)) == list(d.items()))
    it = iter(d)
    print(list(it), list(it))

# value replacement during iteration is fine and visible
for d in ({'a': 1, 'b': 2, 'c': 3}, {'a': 1, 2: 2, 'c': 3}):
    seen = []
    for k, v in d.items():
        seen.append(v)
        for k2 in d:
            d[k2] = 100 if d[k2] == 100 else d[k2] * 10
    print(seen, d)
    vals = []
    for v in d.values():
        vals.append(v)
        d['c'] = -1
    print(vals)

# size changes raise RuntimeError; the iterator then stays broken
for d in ({'a': 1, 'b': 2}, {1: 1, 'b': 2}):
    for change in ('add', 'del'):
        e = dict(d)
        it = iter(e.items())
        next(it)
        if change == 'add':
            e['new'] = 0
        else:
            del e['b']
        try:
            next(it)
            print('no error')
        except RuntimeError:
            print('RuntimeError', change)
        if change == 'add':
            del e['new']
        else:
            e['b'] = 2
        try:
            next(it)
            print('no error again')
        except RuntimeError:
            print('still broken')
        except StopIteration:
            print('StopIteration')

try:
    d = {'x': 1}
    for k in d:
        d.pop(k)
except RuntimeError:
    print('RuntimeError pop')

# an exhausted iterator stays exhausted when the dict grows
for d in ({'x': 1}, {1: 'x'}):
    for mk in (iter, lambda x: iter(x.values()), lambda x: iter(x.items())):
        it = mk(d)
        print(list(it))
        d['y' + str(len(d))] = len(d)
        print(list(it), next(it, 'end'))


# a str subclass key equal to an existing str key moves the dict to the
# general storage without changing its size: iteration goes on in order
class S(str):
    def __hash__(self):
        return hash(str(self))

    def __eq__(self, other):
        return str(self) == str(other)


for kind in ('keys', 'values', 'items'):
    d = {'a': 1, 'b': 2, 'c': 3, 'd': 4}
    out = []
    for x in getattr(d, kind)():
        out.append(x)
        if len(out) == 2:
            d[S('c')] = 30
    print(kind, out, d, [type(k).__name__ for k in d])

d = {'a': 1, 'b': 2, 'c': 3}
out = []
for k in d:
    out.append(k)
    if k == 'a':
        print(d.get(5), 7 in d, d.get((1, 2), 'no'))   # non-str lookups
print(out)

d = {'a': 1, 'b': 2}
it = iter(d)
print(next(it))
d[S('a')] = 10
print(next(it), next(it, 'end'), d)

# clear() and refill to the same size during iteration
d = {'a': 1, 'b': 2, 'c': 3}
it = iter(d)
print(next(it))
d.clear()
d.update(x=7, y=8, z=9)
print(list(it))

# reversed, popitem, copy, update, equality on both storages
for d in ({'a': 1, 'b': 2, 'c': 3}, {'a': 1, 2: 'b', 'c': 3}):
    print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
    c = d.copy()
    c['a'] = 'changed'
    print(d['a'], c['a'], c == d, c != d, d == d.copy())
    u = {'z': 0}
    u.update(d)
    print(u, u == dict(d, z=0))
    u.update(u)
    print(u)
    print(d | {'q': 1}, {'q': 1} | d)
    while c:
        print(c.popitem(), end=' ')
    print(len(c))
    try:
        c.popitem()
    except KeyError:
        print('KeyError')

print({'a': 1} == {'a': 1.0}, {'a': 1} == {'a': 2}, {'a': 1} == {'b': 1},
      {1: 'a'} == {1: 'a'}, {1: 'a', 'b': 2} == {'b': 2, 1: 'a'}, {'b': 2} == {S('b'): 2})

# items views: membership looks the key up
d = {'a': 1, 2: [3], (4, 5): 6}
print(('a', 1) in d.items(), ('a', 2) in d.items(), (2, [3]) in d.items(),
      ((4, 5), 6) in d.items(), ('zz', 1) in d.items(), 'a' in d.items(),
      ('a', 1, 2) in d.items(), ['a', 1] in d.items())
try:
    ([1], 2) in d.items()
except TypeError:
    print('TypeError unhashable')
print(1 in d.values(), [3] in d.values(), 7 in d.values())

# big dicts: list/sorted/max over views
big = {}
for i in range(2000):
    big[(i % 37, i % 11)] = big.get((i % 37, i % 11), 0) + 1
print(len(big), len(list(big.items())), max(big.items(), key=lambda kv: (kv[1], kv[0])))
print(sorted(big.items())[:3], sum(v for k, v in big.items()), min(big))
sb = {}
for i in range(2000):
    sb[str(i % 300)] = i
print(len(sb), list(sb.items())[-2:], max(sb.items(), key=lambda kv: kv[1]))
