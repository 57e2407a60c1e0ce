from . import one
N = one.N + 1
