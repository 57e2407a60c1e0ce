def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
tp = (1, 2, 3, 2)
t(tp.index, 5)
t(tp.index, 2)
t(tp.index, 2, 2)
t(tp.index, 2, -1)
t(tp.index, 2, 0, 1)
t(tp.index)
t(tp.count)
t(tp.count, 2)
t(tp.count, 'x')
t(lambda: tp[4])
t(lambda: tp[-5])
t(lambda: tp[-4])
t(lambda: tp['a'])
t(lambda: tp[::0])
t(lambda: tp[::-1])
t(lambda: tp[1:-1])
t(lambda: tp[2**100:])
def setitem(o, k, v):
    o[k] = v
t(setitem, tp, 0, 1)
t(lambda: tp.append(1))
t(lambda: (1,) + [2])
t(lambda: (1,) + (2,))
t(lambda: (1,) * -5)
t(lambda: (1, 2) * 2)
t(lambda: (1,) < (1, 2))
t(lambda: (1, 'a') < (1, 2))
t(lambda: (2, 'a') < (1, 2))
t(lambda: () < ())
t(lambda: (1, 2) == (1, 2.0))
t(lambda: hash((1, 2)) == hash((1, 2)))
t(lambda: hash((1, [])))
t(lambda: (1, 2, 3)[-1:-4:-1])
t(lambda: tuple('ab') + tuple())
a, *b = (1, 2, 3)
print(a, b)
def unpack2():
    x, y = (1, 2, 3)
def unpack3():
    x, y, z = (1, 2)
def unpack_int():
    x, y = 5
def unpack_star():
    x, y, *z = (1,)
t(unpack2)
t(unpack3)
t(unpack_int)
t(unpack_star)
