def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
def aug_undefined():
    x += 1
t(aug_undefined)
def aug_tuple_elem():
    tp = ([1], 2)
    try:
        tp[0] += [3]
    except TypeError:
        return ('TypeError', tp)
t(aug_tuple_elem)
def aug_str():
    s = 'a'
    s += 'b'
    s *= 3
    return s
t(aug_str)
def aug_str_bad():
    s = 'a'
    s += 1
t(aug_str_bad)
def aug_int():
    i = 5
    i //= 2
    i **= 3
    i %= 5
    i <<= 3
    i >>= 1
    i |= 1
    i &= 6
    i ^= 15
    i -= 100
    return i
t(aug_int)
def aug_float():
    f = 1.5
    f /= 0.5
    f //= 2
    f **= 0.5
    return f
t(aug_float)
def aug_div0():
    i = 1
    i /= 0
t(aug_div0)
def aug_dict():
    d = {'a': 1}
    d['a'] += 1
    d['b'] += 1
t(aug_dict)
def aug_list_idx():
    l = [1]
    l[0] += 1
    l[5] += 1
t(aug_list_idx)
def aug_attr():
    class O:
        n = 1
    o = O()
    o.n += 1
    o.missing += 1
t(aug_attr)
def aug_set():
    s = {1}
    s |= {2}
    s &= {2, 3}
    s -= {9}
    s ^= {4}
    return sorted(s)
t(aug_set)
def aug_set_bad():
    s = {1}
    s |= [2]
t(aug_set_bad)
def aug_list_alias():
    a = [1]
    b = a
    a += [2]
    c = (1,)
    d = c
    c += (2,)
    return a is b, c is d, b, d
t(aug_list_alias)
