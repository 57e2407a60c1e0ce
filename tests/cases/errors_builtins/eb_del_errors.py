def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
def d_list(i):
    l = [1, 2, 3]
    del l[i]
    return l
for i in (0, -1, 3, -4, 'a', 1.0, slice(0, 2), slice(None, None, -1), slice(5, 1), slice(0, 3, 0)):
    t(d_list, i)
def d_dict(k):
    d = {'a': 1}
    del d[k]
    return d
for k in ('a', 'b', 1, [], None):
    t(d_dict, k)
def d_tuple():
    tp = (1, 2)
    del tp[0]
t(d_tuple)
def d_str():
    s = 'ab'
    del s[0]
t(d_str)
def d_range():
    r = range(3)
    del r[0]
t(d_range)
def d_bytes():
    b = b'ab'
    del b[0]
t(d_bytes)
def d_set():
    s = {1}
    del s[1]
t(d_set)
def d_multi():
    a = [1, 2, 3, 4]
    b = {'x': 1, 'y': 2}
    del a[0], b['x']
    return a, b
t(d_multi)
def d_partial():
    a = [1, 2]
    b = {}
    try:
        del a[0], b['missing'], a[0]
    except KeyError:
        return a
t(d_partial)
def d_attr():
    class O:
        pass
    o = O()
    o.x = 1
    del o.x
    del o.x
t(d_attr)
