class MyInt(int):
    def __add__(self, o):
        return MyInt(int(self) * 10 + int(o))
    def double(self):
        return self * 2
a = MyInt(4)
print(a, a + 3, type(a + 3).__name__, a.double(), a - 1, type(a - 1).__name__)
print(isinstance(a, int), a == 4, hash(a) == hash(4), {a: 1}[4])
a.tag = 'x'
print(a.tag, a.__dict__)
class L(list):
    def total(self):
        return sum(self)
l = L([1, 2, 3])
l.append(4)
print(l, len(l), l.total(), type(l).__name__, l[1:], type(l[1:]).__name__)
class D(dict):
    def __missing__(self, k):
        return k * 2
d = D(a=1)
print(d['a'], d['zz'], d.get('q'), 'q' in d, len(d))
class S(str):
    def shout(self):
        return self.upper() + '!'
s = S('hi')
print(s, s.shout(), s + 'x', type(s + 'x').__name__, repr(s), s == 'hi', len(s))
class T(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def x(self):
        return self[0]
t = T(5, 6)
print(t, t.x, len(t), t == (5, 6), isinstance(t, tuple))
class F(float):
    pass
f = F(2.5)
print(f, f * 2, type(f).__name__, F('1.5'))
class Z(set): pass
z = Z([1, 2])
print(sorted(z), type(z).__name__, isinstance(z, set))
try:
    hash(L())
except TypeError as e:
    print('TypeError', e)
class B(bytes): pass
print(B(b'ab'), len(B(b'abc')))
class Big(int): pass
print(Big(10**30) + 1, Big('77'), Big('ff', 16))
class DD(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = 1
dd = DD([(1, 2)], b=3)
print(dd, dd.extra)
class Empty(L):
    def __len__(self):
        return 0
