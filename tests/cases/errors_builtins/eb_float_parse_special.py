def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
for s in ['nan', 'NAN', '+nan', '-nan', 'inf', '+inf', '-inf', 'INF', 'infinity', '-Infinity', 'INFINITY',
          ' inf ', '\tnan\n', 'in', 'infinty', 'nan0', 'inf inf', '1e1000', '-1e1000', '1e-1000', '-1e-1000',
          '0e0', '-0', '+0.0', '0x1p3', '1_000.5', '1.5_5', '_1.0', '1.0_', '1e1_0', '1__0', '.e1', '1.e1',
          '00001.5', '1e+', '1e-', '++1', '+-1', '1.5j', '', '   ', '1 2']:
    try:
        v = float(s)
        print(repr(s), repr(v), v != v)
    except ValueError:
        print(repr(s), 'ValueError')
import math
print(math.isnan(float('nan')), math.isinf(float('-inf')), float('inf') > 1e308)
print(float('inf') == float('infinity'), -float('inf') == float('-inf'))
print(repr(float('nan') * 0), repr(float('inf') * -1), repr(-float('nan') + 1))
