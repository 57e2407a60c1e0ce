class O:
    a = 1
o = O()
print(getattr(o, 'a'), getattr(o, 'b', 2), hasattr(o, 'a'))
setattr(o, 'b', 3)
print(o.b)
try:
    getattr(o, 'c')
except AttributeError:
    print('AttributeError')
print(callable(len), callable(O), callable(o), callable(lambda: 0))
x = 5
print(eval('x + 1'), eval('[i for i in range(3)]'))
ns = {}
exec('y = 10\nz = y * 2', ns)
print(ns['y'], ns['z'])
print(id(o) == id(o), hash(1) == hash(1.0), hash('a') == hash('a'))
g = globals()
print('O' in g, type(g).__name__)
def f():
    v = 1
    return sorted(locals().keys())
print(f())
