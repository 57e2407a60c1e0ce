# helper: a module with __all__
__all__ = ['pub1', '_semi', 'func']
pub1 = 1
pub2 = 2
_semi = 'semi-private'
_other = 'other'

def func():
    return 'all-func'
