print('pkg init', __name__)
from .a import A
__all__ = ['A', 'helper']
def helper(): return 'h'
def _private(): return 'p'
