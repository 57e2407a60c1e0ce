# helper: circular import, part a
import _imp_state
_imp_state.log.append('a-start')
A_EARLY = 'a-early'
import _icirc_b
_imp_state.log.append('a-after-b')
A_LATE = 'a-late'

def use_b():
    return _icirc_b.B_VALUE
