import _imp_state
_imp_state.log.append('sub2 ' + __name__)
from . import sub1
from .sub1 import S1 as renamed
from . import PKG_VALUE
S2 = 's2:' + renamed + ':' + PKG_VALUE
SAME = sub1
