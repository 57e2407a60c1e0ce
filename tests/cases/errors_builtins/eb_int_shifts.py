def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
def lsh(a, b):
    return a << b
def rsh(a, b):
    return a >> b
for a in (0, 1, -1, 5, -5, 2**62, -2**62, 2**63 - 1, -2**63, 2**100, -2**100):
    for b in (0, 1, 3, 62, 63, 64, 65, 100, 200):
        t(lsh, a, b)
        t(rsh, a, b)
    t(lsh, a, -1)
    t(rsh, a, -1)
    t(lsh, a, -2**100)
    t(rsh, a, 2**100)
t(lsh, 1, 1.0)
t(rsh, 1.0, 1)
t(lsh, 1, 'a')
t(lsh, True, True)
t(rsh, 2**64, True)
t(lsh, 0, 2**100)
t(rsh, -1, 2**100)
t(rsh, 1, 2**70)
t(rsh, -5, 2**70)
def ilsh():
    x = 1
    x <<= 70
    x >>= 68
    return x
t(ilsh)
