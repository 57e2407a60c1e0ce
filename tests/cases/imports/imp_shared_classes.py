# classes and exceptions defined in a module keep their identity across import forms
import _imp_exc
from _imp_exc import ModError, SubModError, Shape
import _imp_exc as alias
print(ModError is _imp_exc.ModError is alias.ModError)
try:
    _imp_exc.fail('x')
except ModError as e:
    print('caught ModError', e.args)
try:
    alias.fail('sub')
except _imp_exc.ModError as e:
    print('caught via base', type(e).__name__, e.args)
class Square(Shape):
    sides = 4
print(Square().describe(), isinstance(Square(), _imp_exc.Shape))
print(Shape.__module__ if hasattr(Shape, '__module__') else '_imp_exc')
print(Square.__name__, ModError.__name__, issubclass(SubModError, alias.ModError))
class Local(_imp_exc.ModError):
    pass
try:
    raise Local('local')
except ModError as e:
    print(type(e).__name__, e.args[0])
