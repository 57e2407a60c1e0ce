# circular imports: the second module sees the first partially initialised
import sys
import _imp_state
import _icirc_a
print(_imp_state.log)
print(_icirc_a.A_LATE, _icirc_a.use_b())
print(_icirc_a._icirc_b._icirc_a is _icirc_a)
print('_icirc_b' in sys.modules)
del _imp_state.log[:]
import _icirc_c
print(_imp_state.log)
print(_icirc_c.C_NAME, '_icirc_d' in sys.modules)
import _icirc_d
print(_icirc_d.D_NAME)
