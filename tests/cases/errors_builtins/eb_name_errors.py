def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
def undefined():
    return undefined_name_q
t(undefined)
def unbound():
    if False:
        x = 1
    return x
t(unbound)
def unbound2():
    x += 1
t(unbound2)
def del_then_use():
    x = 1
    del x
    return x
t(del_then_use)
def del_missing():
    del never_defined_global
t(del_missing)
def del_twice():
    y = 1
    del y
    del y
t(del_twice)
def global_unset():
    global gq
    return gq
t(global_unset)
def global_set():
    global gq
    gq = 7
    return gq
t(global_set)
t(global_unset)
def closure():
    def inner():
        return z
    r = None
    try:
        r = inner()
    except NameError as e:
        r = type(e).__name__
    z = 1
    return r, inner()
t(closure)
def nonlocal_ok():
    n = 0
    def inc():
        nonlocal n
        n += 1
    inc()
    inc()
    return n
t(nonlocal_ok)
try:
    print(xyz_top_level)
except NameError as e:
    print(type(e).__name__, isinstance(e, Exception))
def uses_builtin_shadow():
    len = 5
    return len
t(uses_builtin_shadow)
print(issubclass(UnboundLocalError, NameError))
