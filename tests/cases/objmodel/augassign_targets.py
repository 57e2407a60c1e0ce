class Box:
    def __init__(self): self.log = []; self.data = {}
    def __getitem__(self, k):
        self.log.append(('get', k)); return self.data.get(k, 0)
    def __setitem__(self, k, v):
        self.log.append(('set', k, v)); self.data[k] = v
b = Box()
b['x'] += 5
b['x'] *= 2
print(b.data, b.log)
b.log.clear()
b[3] = 'ab'
b[3] += 'c'
print(b.log)
try:
    b[1:2] = 'x'    # a slice is not hashable: the dict store fails
except TypeError as e:
    print(type(e).__name__)
class P:
    def __init__(self): self._v = 1; self.calls = []
    @property
    def v(self):
        self.calls.append('get'); return self._v
    @v.setter
    def v(self, x):
        self.calls.append('set'); self._v = x
p = P()
p.v += 10
p.v **= 2
print(p._v, p.calls)
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, o): self.items.append(o); return self
class Holder:
    def __init__(self): self.acc = Acc()
h = Holder()
h.acc += 1
h.acc += 2
print(h.acc.items)
lst = [Acc()]
lst[0] += 'x'
print(lst[0].items)
d = {'k': [1]}
d['k'] += [2]
print(d)
