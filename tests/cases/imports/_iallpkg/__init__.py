# MicroPython's __all__ does not import submodules it names (a documented
# difference), so the package imports the one it lists itself
from . import a
__all__ = ['a', 'VAL']
VAL = 'allpkg'
OTHER = 'other'
