x = 1
del x
try:
    x
except NameError:
    print('x deleted')
lst = [1, 2, 3, 4, 5]
del lst[0], lst[-1]
print(lst)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
class C:
    pass
c = C()
c.attr = 5
print(hasattr(c, 'attr'))
del c.attr
print(hasattr(c, 'attr'))
try:
    del c.attr
except AttributeError:
    print('AttributeError')
a, b = 1, 2
del a, b
try:
    print(a)
except NameError:
    print('a gone')
def f():
    y = 1
    del y
    y = 2
    return y
print(f())
m = [[1, 2], [3, 4]]
del m[0][1]
print(m)
