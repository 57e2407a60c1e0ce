# special methods are looked up on the type, not the instance
class C:
    def __len__(self): return 1
    def __repr__(self): return 'C-repr'
c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: 'instance-repr'
print(len(c), repr(c), c.__len__())
c.__add__ = lambda o: 'inst add'
try:
    c + 1
except TypeError as e:
    print(type(e).__name__)
C.__add__ = lambda self, o: 'class add %r' % (o,)
print(c + 1)
C.__len__ = lambda self: 7
print(len(c))
del C.__add__
try:
    c + 1
except TypeError as e:
    print('after del', type(e).__name__)
class D: pass
d = D()
D.__eq__ = lambda self, o: True
print(d == 5, d != 5)
D.__iter__ = lambda self: iter('ab')
print(list(d))
D.__getitem__ = lambda self, k: k * 2
print(d[21])
D.__call__ = lambda self, *a: a
print(d(1, 2))
D.__bool__ = lambda self: False
print(bool(d), 'truthy' if d else 'falsy')
D.__contains__ = lambda self, x: x == 3
print(3 in d, 4 in d)
D.__neg__ = lambda self: 'neg'
print(-d)
D.__lt__ = lambda self, o: 'lt'
print(d < 1, 1 > d)
