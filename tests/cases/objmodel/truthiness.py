class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class Both:
    def __bool__(self): return True
    def __len__(self): return 0
class Neither: pass
for obj in [B(True), B(False), L(0), L(3), Both(), Neither()]:
    print(type(obj).__name__, bool(obj), not obj, 'yes' if obj else 'no', (obj and 1) is obj, (obj or 2) is obj)
r = []
x = L(2)
while x:
    r.append(x.n); x.n -= 1
print(r)
print(any([L(0), B(False)]), all([L(1), B(True)]), list(filter(None, [L(0), L(1), B(True)]))[0].n)
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__)
class BadLen:
    def __len__(self): return -1
try:
    bool(BadLen())
except ValueError as e:
    print(type(e).__name__)
class StrLen:
    def __len__(self): return '3'
try:
    len(StrLen())
except TypeError as e:
    print(type(e).__name__)
class BoolNone:
    __bool__ = None
try:
    bool(BoolNone())
except TypeError as e:
    print('None', type(e).__name__)
print(bool(L(True)), len(L(True)))
