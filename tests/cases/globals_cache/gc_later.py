# functions defined later than their callers; a module dict cleared
import _gc_mod


def caller():
    return helper() * 2


try:
    caller()
except NameError as e:
    print(type(e).__name__, str(e).split("'")[1])


def helper():
    return 21


for i in range(100):
    v = caller()
print(v)
print(_gc_mod.later_caller())
print(_gc_mod.uses_len([1, 2, 3]))

# a function's globals cleared and refilled
g = {}
exec("def gety():\n    return y\ny = 1\n", g)
gety = g['gety']
print(gety())
g.clear()
try:
    gety()
except NameError as e:
    print(type(e).__name__, str(e).split("'")[1])
g['y'] = 2
print(gety())
g.clear()
g.update(y=3)
print(gety())
# builtins are still reachable from a cleared dict
exec("def getlen():\n    return len('ab')\n", g)
getlen = g['getlen']
g.clear()
print(getlen())

# another module's dict, cleared from outside
d = _gc_mod.__dict__
get_x = _gc_mod.get_x
print(get_x())
saved = dict(d)
d.clear()
try:
    get_x()
except NameError as e:
    print(type(e).__name__, str(e).split("'")[1])
d.update(saved)
print(get_x())

# str subclass keys and keys equal to a str
class S(str):
    pass


h = {}
exec("def getz():\n    return z\n", h)
getz = h['getz']
h[S('z')] = 'sub'
print(getz())
h['z'] = 'plain'
print(getz())
del h[S('z')]
try:
    getz()
except NameError as e:
    print(type(e).__name__, str(e).split("'")[1])
h[S('z')] = 'again'
print(getz())
print(h.popitem()[1])
try:
    getz()
except NameError as e:
    print(type(e).__name__, str(e).split("'")[1])
