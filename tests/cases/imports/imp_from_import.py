# from m import names, as-renames, missing names
from _imp_simple import X, Y as why, func
print(X, why, func(3))
from _imp_simple import _PRIVATE
print(_PRIVATE)
from _imp_simple import (Klass,
                         get_name)
print(Klass.attr, get_name())
try:
    from _imp_simple import nothing_here
except ImportError as e:
    print('ImportError', type(e).__name__)
try:
    from _imp_simple import X, nothing_here2
except ImportError as e:
    print('ImportError again')
print(X)
import sys
print('_imp_simple' in sys.modules)
# the module object itself is not bound by `from` import
try:
    _imp_simple
except NameError as e:
    print('NameError')
# from-import copies the binding: rebinding in the module is not seen
import _imp_simple
_imp_simple.X = 99
print(X, _imp_simple.X)
from _imp_simple import X
print(X)
def f():
    from _imp_simple import Y as local_y
    return local_y
print(f())
print('local_y' in globals())
