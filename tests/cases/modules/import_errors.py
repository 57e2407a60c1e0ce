try:
    import no_such_module_xyz
except ImportError as e:
    print('ImportError', type(e).__name__ in ('ImportError', 'ModuleNotFoundError'))
try:
    from _helper import does_not_exist
except ImportError:
    print('ImportError from')
import sys
print('_helper' in sys.modules)
