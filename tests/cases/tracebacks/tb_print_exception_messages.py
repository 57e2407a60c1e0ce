# the last line: `Type: message`; the colon stays when there is no message
import sys
for exc in [ValueError('text'), ValueError(), TypeError(''), KeyError('key'),
            KeyError(1, 2), IndexError(5), Exception('a', 'b'), RuntimeError(None),
            StopIteration(), AssertionError('failed'), NotImplementedError('later')]:
    sys.print_exception(exc)
class MyError(Exception):
    pass
class WithStr(Exception):
    def __str__(self):
        return 'str is not used'
class WithRepr(Exception):
    def __repr__(self):
        return 'repr replaces the line'
sys.print_exception(MyError('mine', 1))
sys.print_exception(MyError())
sys.print_exception(WithStr('args used'))
sys.print_exception(WithRepr('ignored'))
print(str(WithStr()), repr(WithRepr()))
try:
    assert 1 == 2, 'math'
except AssertionError as e:
    sys.print_exception(e)
try:
    assert False
except AssertionError as e:
    sys.print_exception(e)
