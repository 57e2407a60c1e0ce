class T(tuple):
    def __add__(self, o):
        return T(tuple(self) + tuple(o) + ('tail',))
    def __len__(self):
        return 0
    def __bool__(self):
        return True
t = T((1, 2))
print(t + (3,), len(t), bool(T()), t[0], list(t), t == (1, 2), hash(t) == hash((1, 2)))
class F(float):
    def __round__(self, n=None):
        return 'rounded'
    def __neg__(self):
        return 'neg'
    def __abs__(self):
        return 'abs'
    def __lt__(self, o):
        return True
f = F(2.5)
print(round(f), round(f, 1), -f, abs(f), f < 1, f > 1, f + 1, type(f * 2).__name__)
class S(set):
    def __contains__(self, x):
        return x == 'always'
    def __len__(self):
        return 999
s = S([1, 2])
print('always' in s, 1 in s, len(s), sorted(s), sorted(s | {3}), type(s | {3}).__name__)
class FS(frozenset): pass
fs = FS([1, 2])
print(sorted(fs), hash(fs) == hash(frozenset([1, 2])), fs == frozenset([1, 2]), {fs: 1}[frozenset([2, 1])])
class B(bytes):
    def __getitem__(self, i):
        return 'B%d' % i
b = B(b'xy')
print(b[0], len(b), b == b'xy', b.upper(), list(bytes(b)), b + b'z')
