# helper: circular import, part b (sees a partially initialised)
import _imp_state
_imp_state.log.append('b-start')
import _icirc_a
_imp_state.log.append('b sees A_EARLY=%s' % getattr(_icirc_a, 'A_EARLY', None))
_imp_state.log.append('b sees A_LATE=%s' % getattr(_icirc_a, 'A_LATE', None))
B_VALUE = 'b-value'
