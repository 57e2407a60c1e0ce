# from pkg import * with __all__ in the package __init__
import sys
print('_iallpkg.a' in sys.modules)
from _iallpkg import *
print(VAL)
print(a.A)
print('OTHER' in globals(), 'b' in globals())
print('_iallpkg.a' in sys.modules, '_iallpkg.b' in sys.modules)
import _iallpkg.b
print(_iallpkg.b.B)
print('b' in globals())
