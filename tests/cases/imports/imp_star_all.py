# from m import * with __all__: exactly the listed names, underscores included
from _imp_all import *
for name in ['pub1', 'pub2', '_semi', '_other', 'func']:
    print(name, name in globals())
print(pub1, _semi, func())
import _imp_all
print(sorted(_imp_all.__all__))
