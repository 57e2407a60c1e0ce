import sys
from _pkg import *
print(A, helper(), '_private' in dir())
import _pkg.sub
print(_pkg.sub.X, '_pkg.sub' in sys.modules, _pkg.a.A)
import _circ1
print(_circ1.get(), _circ1._circ2.V2)
try:
    import nonexistent_mod
except ImportError as e:
    print(type(e).__name__ in ('ImportError', 'ModuleNotFoundError'), e.args[0].endswith("'nonexistent_mod'"))
try:
    from _pkg import nothing_here
except ImportError as e:
    print('ImportError from')
print(__name__)
for exc in [ArithmeticError, LookupError, OSError, ValueError, IndexError, KeyError, StopIteration,
            GeneratorExit, KeyboardInterrupt, SystemExit, NotImplementedError, UnicodeError, AssertionError,
            AttributeError, EOFError, ImportError, MemoryError, NameError, OverflowError, RuntimeError,
            SyntaxError, TypeError, ZeroDivisionError, StopAsyncIteration]:
    print(exc.__name__, [c.__name__ for c in exc.__mro__])
e = OSError(2, 'no such')
print(e.errno, e.args, StopIteration(5).value, KeyError('k').args)
class MyErr(Exception):
    def __init__(self, code):
        super().__init__('code %d' % code)
        self.code = code
try:
    raise MyErr(3)
except Exception as ex:
    print(ex, ex.code, ex.args, repr(ex))
def gen():
    return (yield 1)
g = gen(); next(g)
try:
    g.send(42)
except StopIteration as si:
    print('ret', si.value, si.args)
try:
    raise TypeError
except TypeError as t:
    print(repr(t), t.args)
try:
    try:
        raise ValueError(1)
    finally:
        print('finally runs')
except ValueError:
    print('caught')
def nested():
    try:
        try:
            raise KeyError('a')
        except KeyError:
            raise IndexError('b')
    except IndexError as ie:
        return type(ie.__context__).__name__
print(nested())
import sys
try:
    1/0
except Exception as e:
    print(sys.exc_info()[0].__name__)
print(sys.exc_info()[0])
