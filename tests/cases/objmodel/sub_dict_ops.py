class D(dict):
    def __getitem__(self, k):
        return dict.__getitem__(self, k.lower() if isinstance(k, str) else k)
    def __setitem__(self, k, v):
        dict.__setitem__(self, k.lower() if isinstance(k, str) else k, v)
    def __contains__(self, k):
        return dict.__contains__(self, k.lower())
    def __missing__(self, k):
        return 'missing:' + str(k)
d = D()
d['ABC'] = 1
print(d['abc'], d['AbC'], 'ABC' in d, 'x' in d, d['nope'], sorted(d.items()))
print(len(d), list(d), d.get('abc'), d.get('ABC', 'dflt'))
class Default(dict):
    def __missing__(self, k):
        self[k] = v = []
        return v
dd = Default()
dd['a'].append(1)
dd['a'].append(2)
dd['b'].append(3)
print(sorted(dd.items()), isinstance(dd, dict))
class Counter(dict):
    def __missing__(self, k): return 0
c = Counter()
for ch in 'abracadabra':
    c[ch] += 1
print(sorted(c.items()))
class Attr(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k)
    def __setattr__(self, k, v):
        self[k] = v
a = Attr(x=1)
a.y = 2
print(a.x, a.y, sorted(a), hasattr(a, 'zz'))
print(a == {'x': 1, 'y': 2}, type(a.copy()).__name__)
