# globals rebound inside loops: `global`, globals()[...], exec(src, g), another module
counter = 0
value = 'a'


def bump():
    global counter
    counter += 1


def read_value():
    return value


for i in range(300):
    bump()
print(counter)

# the value read by a function changes while the loop runs
seen = []
for i in range(200):
    if i == 50:
        value = 'b'
    if i == 120:
        globals()['value'] = 'c'
    if i == 180:
        exec("value = 'd'", globals())
    seen.append(read_value())
print(seen.count('a'), seen.count('b'), seen.count('c'), seen.count('d'))


# rebinding a function used by another function
def f():
    return 1


def use_f():
    return f()


total = 0
for i in range(100):
    if i == 40:
        def f():
            return 2
    if i == 70:
        f = lambda: 3
    total += use_f()
print(total)

# a global rebound with the same object keeps working; module-level counting
n = 0
for i in range(1000):
    n += 1
print(n)

# another module's globals, changed from here
import _gc_mod
out = []
for i in range(100):
    if i == 30:
        _gc_mod.x = 2
    if i == 60:
        setattr(_gc_mod, 'x', 3)
    if i == 90:
        _gc_mod.__dict__['x'] = 4
    out.append(_gc_mod.get_x())
print(out.count(1), out.count(2), out.count(3), out.count(4))
for i in range(50):
    _gc_mod.bump()
print(_gc_mod.calls)
_gc_mod.calls = 1000
print(_gc_mod.bump())

# globals dict given to exec, mutated in many ways between runs
g = {'k': 1}
exec("def getk():\n    return k\n", g)
getk = g['getk']
r = []
for i in range(12):
    if i == 1:
        g['k'] = 2
    elif i == 2:
        g.update(k=3)
    elif i == 3:
        g.update({'k': 4})
    elif i == 4:
        g |= {'k': 5}
    elif i == 5:
        del g['k']
        g.setdefault('k', 6)
    elif i == 6:
        g.pop('k')
        g['k'] = 7
    elif i == 7:
        exec("k = 8", g)
    elif i == 8:
        exec("global k\nk = 9", g)
    elif i == 9:
        g.update([('k', 10)])
    elif i == 10:
        g[1] = 'int key'       # non-str key: the dict changes storage
        g['k'] = 11
    elif i == 11:
        g.update({2: 'x', 'k': 12})
    r.append(getk())
print(r)
