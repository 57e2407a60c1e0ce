# from m import * without __all__: underscore names are skipped
from _imp_simple import *
print(X, Y, func(2))
print(Klass.attr)
for name in ['_PRIVATE', '__dunder_like__', 'LOADS', 'get_name']:
    print(name, name in globals())
