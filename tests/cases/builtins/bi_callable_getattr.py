class A:
    x = 1
    def m(self):
        return 'm'
a = A()
print(callable(A), callable(a), callable(a.m), callable(print), callable(1), callable('s'))
print(getattr(a, 'x'), getattr(a, 'y', 'dflt'), hasattr(a, 'm'), hasattr(a, 'zz'))
setattr(a, 'y', 2)
print(a.y, getattr(a, 'y'))
print(getattr('abc', 'upper')(), getattr([1, 2], 'count')(1))
print(hasattr(1, 'real') or True, hasattr([], 'append'), hasattr({}, 'keys'))
try:
    setattr(1, 'x', 2)
except AttributeError:
    print('AttributeError')
try:
    getattr(a, 5)
except TypeError:
    print('TypeError')
