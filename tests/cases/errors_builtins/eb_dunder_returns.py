def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
class L:
    def __init__(self, v):
        self.v = v
    def __len__(self):
        return self.v
for v in (0, 5, -1, 2**70, 1.5, '3', True, None):
    t(lambda: len(L(v)))
class Ix:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
for v in (3, -1, 1.5, '3', True, 2**70):
    t(lambda: [10, 20, 30, 40][Ix(v)])
    t(lambda: hex(Ix(v)))
    t(lambda: 'ab' * Ix(v) if not isinstance(v, int) or abs(v) < 100 else 0)
    t(lambda: range(Ix(v)) if not isinstance(v, int) or abs(v) < 100 else 0)
class C:
    def __init__(self, v):
        self.v = v
    def __contains__(self, x):
        return self.v
for v in (1, 0, 'x', '', [], None):
    t(lambda: 5 in C(v))
    t(lambda: 5 not in C(v))
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v
    def __lt__(self, o):
        return self.v
for v in (True, 0, 'yes', NotImplemented, None, [1]):
    t(lambda: Eq(v) == 1)
    t(lambda: Eq(v) != 1)
    t(lambda: Eq(v) < 1)
    t(lambda: 1 > Eq(v))
    t(lambda: bool(Eq(v) == Eq(v)))
