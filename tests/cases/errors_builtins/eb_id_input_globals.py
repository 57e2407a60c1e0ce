def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
t(id)
t(id, 1, 2)
a = []
print(id(a) == id(a), id(a) != id([]), type(id(a)).__name__)
t(input, 1, 2)
t(input)
t(input, 'prompt> ')
t(globals, 1)
t(locals, 1)
t(vars, 1, 2)
t(vars, 1)
t(vars, 'x')
class C:
    pass
o = C()
o.x = 5
t(vars, o)
print(vars(o) is o.__dict__)
g = globals()
print(type(g).__name__, g['__name__'], 'C' in g)
def f(p, q=2):
    r = 3
    return sorted(locals().items())
print(f(1))
