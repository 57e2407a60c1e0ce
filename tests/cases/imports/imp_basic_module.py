# plain `import m`, attribute access, identity, caching
import sys
import _imp_simple
print(_imp_simple.X, _imp_simple.Y)
print(_imp_simple.func(21))
print(_imp_simple.Klass().meth(), _imp_simple.Klass.attr)
print(_imp_simple.__name__)
print(_imp_simple.get_name())
print(_imp_simple.__file__.endswith('_imp_simple.py'))
print(type(_imp_simple).__name__)
print('_imp_simple' in sys.modules)
print(sys.modules['_imp_simple'] is _imp_simple)
import _imp_simple as again
print(again is _imp_simple)
print(_imp_simple.LOADS)
import _imp_simple
print(_imp_simple.LOADS)
# modules are mutable namespaces
_imp_simple.NEW = 'added'
import _imp_simple as third
print(third.NEW)
del _imp_simple.NEW
print(hasattr(third, 'NEW'))
try:
    _imp_simple.missing_attr
except AttributeError as e:
    print(type(e).__name__)
print(getattr(_imp_simple, 'missing_attr', 'default'))
print(hasattr(_imp_simple, 'func'), hasattr(_imp_simple, '_PRIVATE'))
print('X' in dir(_imp_simple), 'func' in dir(_imp_simple))
print(_imp_simple.__dict__['X'])
