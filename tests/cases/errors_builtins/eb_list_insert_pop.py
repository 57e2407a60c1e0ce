def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
for i in (-10, -3, -1, 0, 1, 3, 10, 2**70, -2**70):
    l = [1, 2, 3]
    t(l.insert, i, 'x')
    print(l)
for i in (-4, -3, -1, 0, 2, 3, 10):
    l = [1, 2, 3]
    t(l.pop, i)
    print(l)
l = []
t(l.pop)
t(l.pop, 0)
t(l.pop, -1)
t(l.remove, 1)
t(l.index, 1)
t(l.count, 1)
t(l.reverse)
t(l.sort)
print(l)
t(lambda: l[0])
t(lambda: l[-1])
t(lambda: l[:])
t(lambda: l[::-1])
def dl():
    del l[0]
t(dl)
def dls():
    del l[:]
    return l
t(dls)
def sl():
    l[0:0] = [1, 2]
    l[5:] = [3]
    l[-100:1] = [0]
    return l
t(sl)
