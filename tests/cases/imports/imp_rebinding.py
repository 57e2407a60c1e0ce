# import binds ordinary names: they can be rebound, deleted and shadowed
import _imp_simple as mod
import sys
del mod
try:
    mod
except NameError:
    print('name gone')
print('_imp_simple' in sys.modules)
import _imp_simple
_imp_simple = 'shadowed'
print(_imp_simple)
import _imp_simple
print(type(_imp_simple).__name__)
def uses_global():
    return _imp_simple.X
print(uses_global())
from _imp_simple import X as X, X as Y2
print(X, Y2)
import _imp_simple, _imp_all as a2, _imp_globals
print(a2.pub1, _imp_globals.counter)
m = _imp_simple
del sys.modules['_imp_simple']
import _imp_simple
print(m is _imp_simple, m.X == _imp_simple.X, m.LOADS, _imp_simple.LOADS)
