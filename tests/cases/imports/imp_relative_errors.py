# relative imports outside a package fail
try:
    from . import something
except ImportError as e:
    print('ImportError')
try:
    from .. import something_else
except ImportError as e:
    print('ImportError 2')
try:
    from .x import y
except ImportError as e:
    print('ImportError 3')
print('done')
