def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
t(divmod)
t(divmod, 1)
t(divmod, 1, 2, 3)
t(divmod, 1, 0)
t(divmod, 1.0, 0)
t(divmod, 1, 0.0)
t(divmod, 2**100, 0)
t(divmod, 'a', 2)
t(divmod, 2, 'a')
t(divmod, None, 1)
for a in (7, -7, 0, 2**70, -2**70, 13):
    for b in (3, -3, 2**65, -2**65, 1):
        t(divmod, a, b)
for a in (7.5, -7.5, 0.0, -0.0, 1e300):
    for b in (2, -2, 0.5, -0.5, 3.0):
        t(divmod, a, b)
t(divmod, True, True)
t(divmod, 5, True)
t(divmod, float('inf'), 2)
t(divmod, 5, float('inf'))
t(divmod, -5, float('inf'))
