# a module that raises during import: the exception propagates and the
# module is not left in sys.modules; a retry runs it again
import sys
import _imp_state
try:
    import _imp_raises
except ValueError as e:
    print('ValueError', e.args[0])
print('_imp_raises' in sys.modules)
print(_imp_state.log)
try:
    import _imp_raises
except ValueError:
    print('again')
print(_imp_state.log)
try:
    from _imp_raises import PARTIAL
except ValueError:
    print('from raises too')
print('_imp_raises' in sys.modules)
import _imp_raises_later
print(_imp_raises_later.OK)
print(_imp_state.log)
print('_imp_raises' in sys.modules, '_imp_raises_later' in sys.modules)
def importer():
    import _imp_raises
try:
    importer()
except ValueError:
    print('from a function')
