class C:
    shared = []
    count = 0
    def __init__(self, n):
        self.n = n
    def bump(self):
        self.count += 1          # creates instance attr shadowing class attr
        C.shared.append(self.n)
a = C(1); b = C(2)
a.bump(); a.bump(); b.bump()
print(a.count, b.count, C.count)
print(C.shared, a.shared is b.shared)
print('count' in vars(a), 'count' in vars(C))
del a.count
print(a.count)
try:
    del a.count
except AttributeError as e:
    print(type(e).__name__)
a.shared = 'mine'
print(a.shared, b.shared == [1, 1, 2])
C.n = 'class-n'
print(a.n, C.n)
del a.n
print(a.n)
try:
    C.missing
except AttributeError as e:
    print(type(e).__name__)
try:
    a.missing
except AttributeError as e:
    print(type(e).__name__)
print(getattr(a, 'missing', 'dflt'), hasattr(a, 'shared'), hasattr(a, 'zzz'))
setattr(a, 'dyn', 5)
print(a.dyn, getattr(a, 'dyn'))
delattr(a, 'dyn')
print(hasattr(a, 'dyn'))
