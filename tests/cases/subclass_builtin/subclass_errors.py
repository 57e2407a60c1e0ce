# what cannot be subclassed or built, and the errors raised
for base in (bool, type(None), range, slice, type(len), type(lambda: 0)):
    try:
        class X(base):
            pass
        print('subclassed', base.__name__)
    except TypeError:
        print('TypeError for', base.__name__)

try:
    class Both(int, str):
        pass
except TypeError:
    print('TypeError layout conflict')

class I(int):
    pass
try:
    I('abc')
except ValueError:
    print('ValueError from I("abc")')
try:
    int.__new__(str)
except TypeError:
    print('TypeError int.__new__(str)')
try:
    list.__new__(5)
except TypeError:
    print('TypeError list.__new__(5)')

class Mixin:
    def hello(self):
        return 'hello from ' + type(self).__name__
class ML(Mixin, list):
    pass
m = ML([3, 1, 2])
m.sort()
print(m, m.hello(), [c.__name__ for c in ML.__mro__])
class Sub(ML):
    pass
print(Sub('ab'), Sub('ab').hello(), isinstance(Sub(), list), issubclass(Sub, Mixin))
