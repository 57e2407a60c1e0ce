# helper: `from` import of a name not yet defined in a circular import
import _imp_state
_imp_state.log.append('c-start')
try:
    from _icirc_d import D_NAME
    _imp_state.log.append('c got D_NAME')
except ImportError:
    _imp_state.log.append('c ImportError')
C_NAME = 'c'
