class TypedList(list):
    def __init__(self, kind, items=()):
        self.kind = kind
        super().__init__()
        for x in items: self.append(x)
    def append(self, x):
        if not isinstance(x, self.kind): raise TypeError('bad ' + type(x).__name__)
        super().append(x)
    def __setitem__(self, i, v):
        if not isinstance(v, self.kind): raise TypeError('bad set')
        super().__setitem__(i, v)
tl = TypedList(int, [1, 2])
tl.append(3)
try:
    tl.append('x')
except TypeError as e:
    print('TypeError', e)
tl[0] = 10
try:
    tl[1] = 'y'
except TypeError as e:
    print('TypeError', e)
print(tl, len(tl), tl.kind, sum(tl), tl[::-1], type(tl[:]).__name__, tl.index(3), tl.count(2))
tl.extend([4, 5])
print(tl, 4 in tl, sorted(tl, reverse=True), tl == [10, 2, 3, 4, 5], tl.pop(), tl)
class Sorted(list):
    def __init__(self, items=()):
        super().__init__(sorted(items))
    def add(self, x):
        self.append(x); self.sort()
s = Sorted([3, 1, 2])
s.add(0)
print(s, s[0], s[-1], len(s), list(reversed(s)), s + [9], isinstance(s, list))
del s[0]
s.remove(3)
print(s, s.copy(), type(s.copy()).__name__)
s.clear()
print(s, bool(s))
