# `from pkg import sub` imports a submodule that is not an attribute yet
import sys
import _imp_state
from _ipkg import sub2
print(sub2.S2)
print('_ipkg.sub2' in sys.modules)
import _ipkg
print(_ipkg.sub2 is sub2)
from _ipkg import sub2 as again, sub1
print(again is sub2, sub1.S1)
from _ipkg.inner import deep
print(deep.DEEP[1:])
print(_imp_state.log)
try:
    from _ipkg import sub_missing
except ImportError:
    print('ImportError')
print('_ipkg.sub_missing' in sys.modules)
