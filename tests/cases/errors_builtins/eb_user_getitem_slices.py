def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
class S:
    def __getitem__(self, k):
        if isinstance(k, slice):
            return ('slice', k.start, k.stop, k.step)
        if isinstance(k, tuple):
            return ('tuple', k)
        return ('item', k)
s = S()
t(lambda: s[1])
t(lambda: s[-1])
t(lambda: s[1:2])
t(lambda: s[:])
t(lambda: s[::])
t(lambda: s[::2])
t(lambda: s[1:2:3])
t(lambda: s[None:'a'])
t(lambda: s[1, 2])
t(lambda: s[1:2, 3])
t(lambda: s[...])
t(lambda: s['key'])
t(lambda: s[[1]])
t(lambda: s[()])
class W:
    def __init__(self):
        self.log = []
    def __setitem__(self, k, v):
        self.log.append(('set', repr(k) if not isinstance(k, slice) else (k.start, k.stop, k.step), v))
    def __delitem__(self, k):
        self.log.append(('del', repr(k) if not isinstance(k, slice) else (k.start, k.stop, k.step)))
w = W()
w[0] = 1
w[1:2] = 'x'
w[::3] = None
w[1, 2] = 5
del w[0]
del w[:5]
print(w.log)
t(lambda: w[0])
class R:
    pass
def set_r():
    R()[0] = 1
t(set_r)
