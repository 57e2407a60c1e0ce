class RO:
    def __getitem__(self, k): return k
class WO:
    def __setitem__(self, k, v): print('set', k, v)
w = WO()
w['a'] = 1
w[1:3] = [9]
for action, name in [(lambda: RO().__setitem__, 'attr'), ]:
    try:
        action()
    except AttributeError as e:
        print(name, type(e).__name__)
try:
    w['a']
except TypeError as e:
    print('not subscriptable', type(e).__name__)
try:
    del w['a']
except (TypeError, AttributeError) as e:   # CPython: AttributeError, MicroPython: TypeError
    print('no delete')
class KeyErr:
    def __getitem__(self, k): raise KeyError(k)
    def __delitem__(self, k): raise KeyError('del ' + str(k))
try:
    KeyErr()['x']
except KeyError as e:
    print(type(e).__name__, e.args)
try:
    del KeyErr()[1]
except KeyError as e:
    print(type(e).__name__, e.args)
class Both:
    def __init__(self): self.d = {}
    def __setitem__(self, k, v): self.d[k] = v
    def __getitem__(self, k): return self.d[k]
    def __delitem__(self, k): del self.d[k]
b = Both()
b[(1, 2)] = 'tuple key'
b[1, 2] = 'same'
print(b[1, 2], len(b.d))
del b[(1, 2)]
print(b.d)
