class Counter(dict):
    def __missing__(self, key):
        return 0
    def add(self, key):
        self[key] = self[key] + 1

c = Counter()
for w in 'the cat and the hat and the bat'.split():
    c.add(w)
print(sorted(c.items()), c['nothing'], 'nothing' in c, len(c), c.get('zzz'))

class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)
    def __setattr__(self, name, value):
        self[name] = value

a = AttrDict(x=1)
a.y = 2
print(a.x, a.y, sorted(a.items()), isinstance(a, dict), type(a).__name__)
try:
    a.zz
except AttributeError as e:
    print('AttributeError', e)

class Default(dict):
    def __init__(self, factory, *args, **kw):
        super().__init__(*args, **kw)
        self.factory = factory
    def __missing__(self, k):
        v = self[k] = self.factory()
        return v

d = Default(list, [('a', [1])])
d['b'].append(2)
d['a'].append(3)
print(sorted(d.items()), d.factory is list)

class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.upper())
u = Upper()
u['a'] = 1
print(u['A'], u['a'], u, list(u.keys()), dict(u), u == {'A': 1})
try:
    Counter.__missing__
    d2 = dict()
    d2['nope']
except KeyError as e:
    print('KeyError', e.args)
print(Default(int)['q'], dict.fromkeys([1, 2]), type(Counter.fromkeys([1])).__name__)
