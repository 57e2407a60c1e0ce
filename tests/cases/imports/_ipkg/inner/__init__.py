import _imp_state
_imp_state.log.append('inner init ' + __name__)
INNER = 'inner'
