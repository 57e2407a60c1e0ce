class P: pass
p, q = P(), P()
print(p == p, p == q, p != q, p.__eq__(q) is NotImplemented, p.__ne__(p))
print(hash(p) == hash(p), hash(p) != hash(q) or True)
print(str(p) == repr(p), format(p, '') == str(p))
print(p.__class__ is P, type(p.__dict__).__name__, p.__dict__)
print(object.__eq__(p, p), object.__eq__(p, q) is NotImplemented)
print(isinstance(p.__hash__(), int), object.__hash__(p) == hash(p))
print(P.__init__ is object.__init__, P.__new__ is object.__new__ if False else 'skip')
try:
    format(p, 'x')
except TypeError as e:
    print(type(e).__name__)
try:
    p < q
except TypeError as e:
    print(type(e).__name__)
print(p.__str__() == p.__repr__())
o = object()
try:
    o.attr = 1
except AttributeError as e:
    print(type(e).__name__)
print(type(o).__name__, o == o, o != object())
