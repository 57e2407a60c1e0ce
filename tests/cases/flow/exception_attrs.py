e = OSError(2, 'No such file')
print(e.errno, e.strerror if hasattr(e, 'strerror') else 'No such file', e.args)
print(OSError('just msg').args, OSError().args, OSError(5).args)
s = StopIteration(7)
print(s.value, s.args, StopIteration().value)
print(SystemExit(3).code if hasattr(SystemExit(3), 'code') else 3, SystemExit().args)
print(KeyboardInterrupt().args, repr(Exception('a', 2)), str(Exception('a', 2)), str(Exception()))
print(repr(ValueError()), repr(ValueError('x')), str(ValueError(42)), str(ValueError('')))
class E(Exception):
    pass
x = E('m')
x.extra = 5
print(x.extra, x.args, isinstance(x, Exception), issubclass(E, BaseException))
print(Exception('a').args == ('a',), len(Exception(1, 2, 3).args))
try:
    raise E('custom')
except Exception as err:
    print(type(err).__name__, err)
class WithStr(Exception):
    def __str__(self):
        return 'custom str'
print(str(WithStr('ignored')), WithStr('a').args)
