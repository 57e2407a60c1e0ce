# helper: raises while being imported
import _imp_state
_imp_state.log.append('raises-start')
PARTIAL = 1
raise ValueError('boom during import')
