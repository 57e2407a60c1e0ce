class Tr:
    def __getattribute__(self, name):
        if name == 'magic': return 42
        return object.__getattribute__(self, name)
    def __delattr__(self, name):
        print('del', name)
        object.__delattr__(self, name)
t = Tr(); t.x = 1
print(t.magic, t.x)
del t.x
print(hasattr(t, 'x'))
class Desc:
    def __get__(self, obj, owner):
        return 'get' if obj is not None else 'class-get'
    def __set__(self, obj, v): print('set', v)
    def __delete__(self, obj): print('delete')
class HasD:
    d = Desc()
h = HasD(); h.d = 5; del h.d
print(h.d, HasD.d)
class P:
    def __init__(self): self._v = 0
    @property
    def v(self): return self._v
    @v.setter
    def v(self, x): self._v = x * 2
    @v.deleter
    def v(self): print('deleter')
p = P(); p.v = 3; print(p.v); del p.v
try:
    class RO:
        @property
        def r(self): return 1
    RO().r = 2
except AttributeError as e: print('AttributeError')
class Meta(type):
    def __call__(cls, *a):
        print('meta call', a)
        return super().__call__(*a)
    @classmethod
    def mc(m): return m.__name__
    def meth(cls): return 'meta-meth ' + cls.__name__
class K(metaclass=Meta):
    def __init__(self, a): self.a = a
k = K(1); print(k.a, K.meth(), Meta.mc())
class Idx:
    def __index__(self): return 2
print([10, 20, 30][Idx()], bin(Idx()), range(10)[Idx()], 'abc'[Idx()], hex(Idx()))
class GI:
    def __getitem__(self, i):
        if i > 3: raise IndexError
        return i * i
print(list(GI()), 9 in GI(), [x for x in GI()])
class BadBool:
    def __bool__(self): return 1
try: bool(BadBool())
except TypeError: print('TypeError bool')
class BadLen:
    def __len__(self): return -1
try: len(BadLen())
except ValueError: print('ValueError len')
class NH:
    __hash__ = None
try: hash(NH())
except TypeError: print('TypeError hash')
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return 'C%d' % self.v
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), max(Cmp(1), Cmp(5)), Cmp(1) > Cmp(0))
try: Cmp(1) <= Cmp(2)
except TypeError: print('TypeError <=')
class CG:
    def __class_getitem__(cls, item): return 'cg %s' % item
print(CG[int] if True else '')
class WithCall:
    def __call__(self, *a, **k): return a, k
print(WithCall()(1, x=2))
class Neg:
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __invert__(self): return 'inv'
    def __abs__(self): return 'abs'
print(-Neg(), +Neg(), ~Neg(), abs(Neg()))
class Inp:
    def __init__(self): self.v = []
    def __iadd__(self, o): self.v.append(o); return self
    def __add__(self, o): return 'add'
i = Inp(); i += 1; i += 2; print(i.v, i + 1)
class R:
    def __radd__(self, o): return 'radd %r' % o
    def __rsub__(self, o): return 'rsub'
print(1 + R(), 'x' + R(), [1] - R() if False else 2 - R())
class Ctx:
    def __enter__(self): print('enter'); return 'val'
    def __exit__(self, t, v, tb): print('exit', t.__name__ if t else None); return True
with Ctx() as c:
    print(c); raise ValueError
print('after')
class Sl:
    def __getitem__(self, s): return s
    def __setitem__(self, s, v): print('set', s, v)
    def __delitem__(self, s): print('del', s)
x = Sl(); print(x[1:2], x[::2], x[1, 2], x[...]); x[1:3] = 5; del x[::-1]
class Str2:
    def __str__(self): return 'S'
    def __repr__(self): return 'R'
print(Str2(), [Str2()], str(Str2()), repr(Str2()), f'{Str2()}', f'{Str2()!r}', '%s %r' % (Str2(), Str2()))
print(type.__name__, type(type), K.__mro__ if False else '', K.__bases__, K.__class__.__name__, K.__module__, K.__qualname__)
class Slots:
    __slots__ = ['a']
s = Slots(); s.a = 1; print(s.a)
print(dir(K)[:0], 'a' in k.__dict__, vars(k))
