def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, int):
            return V(self.x + o)
        return NotImplemented
    def __radd__(self, o):
        return ('radd', o)
    def __mul__(self, o):
        return NotImplemented
    def __rsub__(self, o):
        return ('rsub', o)
    def __eq__(self, o):
        return isinstance(o, V) and o.x == self.x
    def __repr__(self):
        return 'V(%r)' % self.x
t(lambda: repr(V(1) + V(2)))
t(lambda: repr(V(1) + 5))
t(lambda: 5 + V(1))
t(lambda: 'a' + V(1))
t(lambda: [1] + V(1))
t(lambda: V(1) + 'a')
t(lambda: V(1) * 2)
t(lambda: 2 * V(1))
t(lambda: 3 - V(1))
t(lambda: V(1) - 3)
t(lambda: sum([V(1), V(2)], V(0)) == V(3))
t(lambda: sum([V(1), V(2)]))
class Sub(V):
    def __radd__(self, o):
        return ('sub radd', o)
t(lambda: V(1) + Sub(2))
t(lambda: repr(Sub(2) + V(1)))
class IAdd:
    def __init__(self):
        self.log = []
    def __iadd__(self, o):
        self.log.append(o)
        return self
def iadd():
    a = IAdd()
    a += 1
    a += 'x'
    return a.log
t(iadd)
class IAddNI:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return 'fallback add'
def iadd_ni():
    a = IAddNI()
    a += 1
    return a
t(iadd_ni)
class Cmp:
    def __lt__(self, o):
        return 'lt'
    def __gt__(self, o):
        return 'gt'
t(lambda: Cmp() < 1)
t(lambda: 1 < Cmp())
t(lambda: 1 > Cmp())
t(lambda: Cmp() <= 1)
t(lambda: Cmp() == Cmp())
