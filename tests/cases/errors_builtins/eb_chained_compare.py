def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
log = []
def v(x):
    log.append(x)
    return x
print(v(1) < v(2) < v(3), log)
log.clear()
print(v(3) < v(2) < v(1), log)
log.clear()
print(v(1) == v(1) != v(2) is not None, log)
log.clear()
t(lambda: 1 < 2 < 'a')
t(lambda: 1 < 0 < 'a')
t(lambda: 'a' < 'b' < 3)
t(lambda: 1 in [1] in [[1]])
t(lambda: 1 not in [2] not in [[2]])
t(lambda: None is None is None)
t(lambda: 1 < 2 > 0 == 0 != 1 <= 1 >= 1)
t(lambda: 0 < 1.5 < 2**70 < float('inf'))
t(lambda: [] < [] == [])
