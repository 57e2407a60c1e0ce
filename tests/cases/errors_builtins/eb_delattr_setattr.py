def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
class C:
    cls_attr = 1
o = C()
t(setattr)
t(setattr, o)
t(setattr, o, 'a')
t(setattr, o, 'a', 1, 2)
t(setattr, o, 1, 2)
t(setattr, o, None, 2)
t(setattr, o, 'a', 5)
print(o.a)
t(delattr)
t(delattr, o)
t(delattr, o, 'a')
t(delattr, o, 'a')
t(delattr, o, 'cls_attr')
t(delattr, o, 1)
t(delattr, o, 'a', 'b')
t(setattr, 1, 'x', 2)
t(setattr, 'abc', 'upper', 2)
t(delattr, 1, 'real')
t(setattr, [], 'x', 1)
t(setattr, C, 'newattr', 3)
print(C.newattr, o.newattr)
t(delattr, C, 'newattr')
t(delattr, C, 'newattr')
t(getattr, o, 'newattr')
t(setattr, o, 'b', None)
print(o.b)
class S:
    __slots__ = ('x',)
