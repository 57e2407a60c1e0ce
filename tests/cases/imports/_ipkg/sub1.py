import _imp_state
_imp_state.log.append('sub1 ' + __name__)
S1 = 's1'
_S1_PRIV = 'p'

def where():
    return __name__
