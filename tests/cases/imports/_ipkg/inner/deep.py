import _imp_state
_imp_state.log.append('deep ' + __name__)
from .. import sub2
from ..sub1 import *
from . import INNER
from .. import PKG_VALUE as PV
DEEP = (sub2.S2, S1, INNER, PV)
HAS_PRIV = '_S1_PRIV' in globals()
