class OrderedCount(dict):
    def add(self, k):
        self[k] = self.get(k, 0) + 1
    def most(self):
        return max(self.items(), key=lambda kv: kv[1])
oc = OrderedCount()
for w in 'a b a c b a'.split(): oc.add(w)
print(sorted(oc.items()), oc.most(), len(oc), 'a' in oc, list(oc.keys()), list(oc.values()))
class LowerDict(dict):
    def __init__(self, *a, **k):
        super().__init__()
        self.update(*a, **k)
    def update(self, *a, **k):
        for key, v in dict(*a, **k).items():
            self[key.lower()] = v
ld = LowerDict({'A': 1}, B=2)
print(sorted(ld.items()), ld == {'a': 1, 'b': 2}, type(ld).__name__)
class Tracking(dict):
    def __init__(self):
        super().__init__()
        self.deleted = []
    def __delitem__(self, k):
        self.deleted.append(k)
        super().__delitem__(k)
t = Tracking()
t['x'] = 1; t['y'] = 2
del t['x']
print(t, t.deleted, t.pop('y'), t.deleted, t)
class D2(dict): pass
d = D2(a=1)
d.extra = 'attr'
print(d, d.extra, d.copy(), type(d.copy()).__name__, dict(d), D2.fromkeys('ab', 0), type(D2.fromkeys('a')).__name__)
print(d | {'b': 2}, type(d | {'b': 2}).__name__)
