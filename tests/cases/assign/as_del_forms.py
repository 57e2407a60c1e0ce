# del of names, attributes, subscripts and slices, and the errors raised
x = 1
del x
try:
    x
except NameError:
    print('x deleted')
try:
    del x
except NameError:
    print('del again NameError')
a, b, c = 1, 2, 3
del a, b
print('a' in globals(), 'b' in globals(), c)
def f():
    v = 1
    del v
    try:
        return v
    except NameError as e:
        return 'local ' + ('UnboundLocalError' if isinstance(e, NameError) else '?')
print(f())
def g():
    try:
        del never
    except NameError:
        return 'del unbound local'
    never = 1
print(g())
class C:
    cls_attr = 'c'
o = C()
o.inst = 1
del o.inst
print(hasattr(o, 'inst'))
try:
    del o.inst
except AttributeError:
    print('AttributeError inst')
try:
    del o.cls_attr
except AttributeError:
    print('AttributeError class attr via instance')
del C.cls_attr
print(hasattr(C, 'cls_attr'))
l = list(range(10))
del l[0]
print(l)
del l[-1]
print(l)
del l[1:3]
print(l)
del l[::2]
print(l)
del l[:]
print(l)
l = list(range(10))
del l[100:200]
print(len(l))
del l[-3:]
print(l)
del l[5:2]
print(l)
try:
    del l[50]
except IndexError:
    print('IndexError')
d = {'a': 1, 'b': 2}
del d['a']
print(d)
try:
    del d['zz']
except KeyError as e:
    print('KeyError', e.args[0])
t = (1, 2)
try:
    del t[0]
except TypeError:
    print('TypeError tuple')
s = 'abc'
try:
    del s[0]
except TypeError:
    print('TypeError str')
# del with nested targets
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
n = {'k': [1, 2, 3]}
del (n['k'][0])
print(n)
p, q = [1], [2]
del (p, q)
print('p' in globals())
del [c]
print('c' in globals())
# del in a loop body and of the loop variable
for i in range(3):
    pass
del i
print('i' in globals())
# __delitem__ and __delattr__ hooks
class Hook:
    def __delitem__(self, k):
        print('delitem', k)
    def __delattr__(self, name):
        print('delattr', name)
h = Hook()
del h[1:2], h['key'], h.anything
