# helper: tries to take a name from a partially initialised module
import _imp_state
_imp_state.log.append('d-start')
try:
    from _icirc_c import C_NAME
    _imp_state.log.append('d got C_NAME')
except ImportError:
    _imp_state.log.append('d ImportError')
D_NAME = 'd'
