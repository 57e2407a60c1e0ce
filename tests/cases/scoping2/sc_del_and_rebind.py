# deleting and rebinding names in different scopes
x = 1
def f():
    global x
    del x
    x = 'rebound'
f()
print(x)
def g():
    v = 1
    del v
    v = 2
    return v
print(g())
def h():
    items = []
    for i in range(3):
        t = i * 2
        items.append(t)
        del t
    try:
        t
    except NameError:
        items.append('t gone')
    return items
print(h())
class C:
    a = 1
    del a
    b = 2
print(hasattr(C, 'a'), C.b)
def closure_rebind():
    v = 'first'
    get = lambda: v
    del v
    try:
        get()
    except NameError:
        res = 'NameError'
    v = 'second'
    return res, get()
print(closure_rebind())
