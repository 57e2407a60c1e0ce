import _helper
print(_helper.NAME, _helper.add(2, 3), _helper.Counter().inc())
from _helper import add, NAME as N
print(add(10, 20), N)
import _helper as h
print(h is _helper, h.calls)
from _helper import *
print(mul(3, 4))
try:
    from _helper import _private
    print('private imported explicitly', _private)
except ImportError:
    print('ImportError')
