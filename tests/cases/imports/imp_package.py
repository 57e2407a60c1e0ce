# packages: __init__ runs once, submodules, attributes, relative imports inside
import sys
import _imp_state
import _ipkg
print(_imp_state.log)
print(_ipkg.PKG_VALUE, _ipkg.S1, _ipkg.sub1.S1)
print(_ipkg.__name__, _ipkg.sub1.__name__)
print(_ipkg.__file__.endswith('__init__.py'))
print(_ipkg.sub1.__file__.endswith('sub1.py'))
print(hasattr(_ipkg, '__path__'))
print(hasattr(_ipkg.sub1, '__path__'))
print(_ipkg.sub1.where())
print(hasattr(_ipkg, 'sub2'))
import _ipkg.sub2
print(hasattr(_ipkg, 'sub2'))
print(_ipkg.sub2.S2, _ipkg.sub2.SAME is _ipkg.sub1)
print(_imp_state.log)
print(sorted(k for k in sys.modules if k.startswith('_ipkg')))
