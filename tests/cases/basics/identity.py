a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(id(a) == id(b), id(a) == id(c))
x = None
print(x is None)
t = ()
print(t is (), type(t) is tuple)
print(True is not False)
def f():
    return a
print(f() is a)
