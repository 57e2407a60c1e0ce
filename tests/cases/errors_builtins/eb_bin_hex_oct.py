def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
for fn in (bin, hex, oct):
    t(fn)
    t(fn, 1, 2)
    t(fn, 1.5)
    t(fn, '10')
    t(fn, None)
    t(fn, 0)
    t(fn, -1)
    t(fn, 255)
    t(fn, -255)
    t(fn, 2**64)
    t(fn, -2**64 - 1)
    t(fn, 2**200 + 12345)
    t(fn, True)
    t(fn, False)
    t(fn, x=1)
class I:
    def __index__(self):
        return 10
t(bin, I())
t(hex, I())
t(oct, I())
