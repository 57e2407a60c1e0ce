# builtin modules: identity, aliases, from-imports
import sys
import sys as s2
from sys import path, argv
print(s2 is sys, path is sys.path, argv is sys.argv)
import math
import math as m2
print(math is m2, m2.floor(2.5))
from math import pi, sqrt
print(round(pi, 5), sqrt(9))
def f():
    import math
    return math.ceil(1.2)
print(f())
try:
    from math import no_such_function
except ImportError:
    print('ImportError')
print(type(sys).__name__, type(math).__name__)
print(math.__name__, sys.__name__)
import sys, math
print(sys.modules['__main__'].__name__)
