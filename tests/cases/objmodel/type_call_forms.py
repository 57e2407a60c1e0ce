print(type(1) is int, type('a')('bc'), type([])((1, 2)), type(int)('float') if False else 'skip')
T = type('T', (), {'a': 1})
print(T.a, type(T).__name__, T().a)
try:
    type()
except TypeError as e:
    print(type(e).__name__)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__)
try:
    type(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__)
class Meta(type): pass
M = Meta('M', (), {'x': 5})
print(type(M).__name__, M.x, isinstance(M, Meta))
print(type.__call__(int, '5'), type.__call__(T).a)
Sub = type('Sub', (T,), dict(b=2, __init__=lambda self, v=0: setattr(self, 'v', v)))
s = Sub(9)
print(s.a, s.b, s.v, [c.__name__ for c in Sub.__mro__])
def m(self): return 'method of ' + type(self).__name__
W = type('W', (object,), {'m': m, '__repr__': lambda self: '<W>', '__len__': lambda self: 3})
print(W().m(), repr(W()), len(W()), [W()])
