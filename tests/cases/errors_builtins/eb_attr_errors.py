def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
for obj in (1, 1.5, 'a', b'a', [1], (1,), {1: 2}, {1}, None, True, range(1), len, print):
    def set_attr():
        obj.newattr = 1
    def get_attr():
        return obj.newattr
    def del_attr():
        del obj.newattr
    row = []
    for fn in (set_attr, get_attr, del_attr):
        try:
            fn()
            row.append('ok')
        except Exception as e:
            row.append(type(e).__name__)
    print(type(obj).__name__, row)
class C:
    x = 1
    def __init__(self):
        self.y = 2
o = C()
t(lambda: o.z)
t(lambda: C.y)
def dely():
    del o.y
    return hasattr(o, 'y')
t(dely)
t(dely)
def delx():
    del o.x
t(delx)
class Prop:
    @property
    def ro(self):
        return 5
p = Prop()
t(lambda: p.ro)
def set_ro():
    p.ro = 6
t(set_ro)
def del_ro():
    del p.ro
t(del_ro)
t(lambda: int.nope)
def set_int_attr():
    int.nope = 1
t(set_int_attr)
t(lambda: (1).real.imag)
t(lambda: 'abc'.upper.nope)
t(lambda: None.x)
import sys
t(lambda: sys.nonexistent)
def mod_attr():
    sys.my_attr = 5
    r = sys.my_attr
    del sys.my_attr
    return r
t(mod_attr)
t(lambda: getattr(sys, 'my_attr', 'gone'))
def del_int_attr():
    del int.bit_length
t(del_int_attr)
t(lambda: (5).bit_length())
class Sub(int):
    pass
def set_sub_attr():
    Sub.extra = 3
    return Sub(1).extra
t(set_sub_attr)
