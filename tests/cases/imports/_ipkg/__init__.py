# helper package: imports one of its submodules
import _imp_state
_imp_state.log.append('ipkg init ' + __name__)
PKG_VALUE = 'pkg'
from . import sub1
from .sub1 import S1
