# the try/except ImportError fallback idiom used by MicroPython code
try:
    import _nonexistent_ujson as json_like
except ImportError:
    import _imp_simple as json_like
print(json_like.X)
try:
    from _imp_simple import nothing
except ImportError:
    nothing = 'fallback'
print(nothing)
try:
    import math
    print(math.sqrt(16.0))
except ImportError:
    print('no math')
try:
    import micropython
    const = micropython.const
except ImportError:
    def const(x):
        return x
print(const(7))
def optional(name):
    try:
        return __import__(name)
    except ImportError:
        return None
print(optional('_imp_all') is not None, optional('_nope_nope'))
