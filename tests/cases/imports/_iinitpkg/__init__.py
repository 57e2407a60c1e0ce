from . import one, two
from .one import f as one_f
TOTAL = one.N + two.N
