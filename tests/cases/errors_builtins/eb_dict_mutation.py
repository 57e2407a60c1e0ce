def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
def add_during_iter():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 0
t(add_during_iter)
def del_during_iter():
    d = {1: 1, 2: 2, 3: 3}
    for k in d:
        del d[k]
t(del_during_iter)
def pop_during_iter():
    d = {1: 1, 2: 2}
    for k in d.keys():
        d.pop(k)
t(pop_during_iter)
def modify_value_ok():
    d = {1: 1, 2: 2}
    for k in d:
        d[k] = d[k] * 10
    return d
t(modify_value_ok)
def values_iter():
    d = {1: 1, 2: 2}
    for v in d.values():
        d[v + 100] = 0
t(values_iter)
def items_iter():
    d = {1: 1, 2: 2}
    for k, v in d.items():
        d.clear()
t(items_iter)
def set_add_during_iter():
    s = {1, 2, 3}
    for x in s:
        s.add(x + 10)
t(set_add_during_iter)
def set_discard_during_iter():
    s = {1, 2, 3}
    for x in s:
        s.discard(x)
t(set_discard_during_iter)
def iter_list_of_keys():
    d = {1: 1, 2: 2}
    for k in list(d):
        del d[k]
    return d
t(iter_list_of_keys)
def update_same_keys():
    d = {1: 1, 2: 2}
    for k in d:
        d.update({k: 5})
    return d
t(update_same_keys)
