# missing modules and names: ImportError (CPython's ModuleNotFoundError is a subclass)
import sys
try:
    import _definitely_missing_mod
except ImportError as e:
    print('ImportError', isinstance(e, ImportError))
    print('_definitely_missing_mod' in e.args[0])
print('_definitely_missing_mod' in sys.modules)
try:
    import _ipkg.no_such_sub
except ImportError as e:
    print('missing submodule')
print('_ipkg' in sys.modules)
try:
    from _ipkg import no_such_name
except ImportError as e:
    print('missing name', type(e).__name__)
try:
    from _definitely_missing_mod import x
except ImportError:
    print('missing module in from')
try:
    import _imp_simple.not_a_package
except ImportError:
    print('not a package')
try:
    from _imp_simple.x import y
except ImportError:
    print('not a package 2')
print(issubclass(ImportError, Exception))
# a missing import inside a function fails only when called
def later():
    import _still_missing
print('defined')
try:
    later()
except ImportError:
    print('at call')
try:
    import _imp_simple, _definitely_missing_mod2
except ImportError:
    print('second of two')
print('_imp_simple' in sys.modules)
