# math as MicroPython programs import it
try:
    import umath as m
except ImportError:
    import math as m
import math
print(m is math or m.pi == math.pi, m.sqrt(16), math.sin(0), math.cos(0))
from math import pi, sqrt, floor
print(round(pi, 5), sqrt(2) ** 2 > 1.99, floor(-0.5))
print(sorted(n for n in dir(math) if not n.startswith('_') and n in (
    'acos', 'asin', 'atan', 'atan2', 'ceil', 'copysign', 'cos', 'degrees', 'e', 'exp', 'fabs',
    'floor', 'fmod', 'frexp', 'inf', 'isfinite', 'isinf', 'isnan', 'ldexp', 'log', 'modf', 'nan',
    'pi', 'pow', 'radians', 'sin', 'sqrt', 'tan', 'trunc')))
