class AppError(Exception):
    def __init__(self, code, msg='failed'):
        super().__init__(code, msg)
        self.code = code
        self.msg = msg
    def __str__(self):
        return 'AppError %d: %s' % (self.code, self.msg)
class NotFound(AppError):
    def __init__(self, what):
        super().__init__(404, what + ' not found')
try:
    raise NotFound('page')
except AppError as e:
    print(type(e).__name__, e.code, e.msg, str(e), e.args)
class Plain(ValueError): pass
try:
    raise Plain('a', 'b')
except ValueError as e:
    print(type(e).__name__, e.args, str(e), isinstance(e, Exception))
class WithRepr(Exception):
    def __repr__(self): return 'WR!'
print(repr(WithRepr()), str(WithRepr('q')))
class KeyLike(KeyError): pass
try:
    {}['x']
except KeyError as e:
    print(type(e).__name__)
try:
    raise KeyLike('k')
except LookupError as e:
    print(type(e).__name__, e.args)
class E2(Exception):
    x = 5
e = E2(1)
e.extra = 'dyn'
print(e.x, e.extra, e.args)
print(issubclass(NotFound, Exception), issubclass(NotFound, BaseException), NotFound.__mro__[1].__name__)
