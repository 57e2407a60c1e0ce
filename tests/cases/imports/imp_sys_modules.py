# sys.modules caching, deleting and re-importing, injecting entries
import sys
import _imp_state
import _imp_counter
print(_imp_counter.VALUE, _imp_state.count)
import _imp_counter
print(_imp_counter.VALUE, _imp_state.count)
first = _imp_counter
del sys.modules['_imp_counter']
print('_imp_counter' in sys.modules)
import _imp_counter
print(_imp_counter.VALUE, _imp_state.count)
print(first is _imp_counter, first.VALUE)
print(sys.modules['_imp_counter'] is _imp_counter)
# deleting the name does not unload the module
del _imp_counter
print('_imp_counter' in sys.modules)
import _imp_counter
print(_imp_counter.VALUE, _imp_state.count)
# a fake entry in sys.modules is returned by import
class Fake:
    ATTR = 'fake attr'
sys.modules['_no_such_file_fake'] = Fake
import _no_such_file_fake
print(_no_such_file_fake is Fake, _no_such_file_fake.ATTR)
from _no_such_file_fake import ATTR
print(ATTR)
del sys.modules['_no_such_file_fake']
try:
    import _no_such_file_fake
except ImportError:
    print('gone')
print(type(sys.modules).__name__)
print(sys.modules['__main__'].__name__)
import __main__
print(__main__.first is first)
