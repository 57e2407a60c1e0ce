# a package __init__ that imports its own submodules
import sys
import _iinitpkg
print(_iinitpkg.TOTAL, _iinitpkg.one_f())
print(_iinitpkg.one.N, _iinitpkg.two.N)
print(_iinitpkg.two.one is _iinitpkg.one)
print('_iinitpkg.one' in sys.modules, '_iinitpkg.two' in sys.modules)
from _iinitpkg import one
print(one is sys.modules['_iinitpkg.one'])
from _iinitpkg.one import f
print(f())
