# NameError for undefined names in different scopes (types only)
def report(f):
    try:
        f()
        print('no error')
    except NameError as e:
        print('NameError', isinstance(e, NameError))
report(lambda: undefined_a)
def local_before():
    print(v)
    v = 1
report(local_before)
def nested():
    def inner():
        return w
    return inner()
report(nested)
class C:
    def m(self):
        return m
report(lambda: C().m())
def deleted():
    z = 1
    del z
    return z
report(deleted)
def in_comp():
    return [q for _ in range(1)]
report(in_comp)
def aug():
    k += 1
report(aug)
x = 5
def assigns_later():
    y = x
    x = 2
report(assigns_later)
def global_missing():
    global not_set_anywhere
    return not_set_anywhere
report(global_missing)
print('end')
