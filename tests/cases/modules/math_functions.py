import math
names = ['sqrt', 'exp', 'expm1', 'log2', 'log10', 'log1p', 'cos', 'sin', 'tan', 'acos', 'asin', 'atan', 'cosh', 'sinh', 'tanh',
         'acosh', 'asinh', 'atanh', 'fabs', 'degrees', 'radians', 'erf', 'erfc', 'gamma', 'lgamma', 'log', 'ceil', 'floor', 'trunc']
for name in names:
    f = getattr(math, name)
    out = []
    for x in [0, 0.5, 1, -1, 2.5, -2.5, 10, 1000, 1e308, -1e308, float('inf'), float('-inf'), float('nan'), True, 2**70]:
        try:
            r = f(x)
            out.append(repr(round(r, 10)) if isinstance(r, float) and r == r and abs(r) != float('inf') else repr(r))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, ' '.join(out))
for name in ['pow', 'atan2', 'fmod', 'copysign', 'hypot']:
    f = getattr(math, name)
    out = []
    for x, y in [(2, 3), (-2, 0.5), (0, -1), (1e308, 2), (-0.0, 1), (3, 0), (float('inf'), 2), (float('nan'), 1), (5, -3)]:
        try:
            out.append(repr(round(f(x, y), 10)))
        except (ValueError, OverflowError, ZeroDivisionError) as e:
            out.append(type(e).__name__)
    print(name, ' '.join(out))
print(math.pi, math.e, math.tau, math.inf, math.nan, math.log(8, 2), math.log(100, 10))
print(math.frexp(8.0), math.frexp(0.0), math.ldexp(0.5, 4), math.modf(3.75), math.modf(-2.5))
print(math.isfinite(1), math.isinf(math.inf), math.isnan(math.nan), math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-12, abs_tol=1e-9))
print(math.factorial(0), math.factorial(20), math.factorial(30), math.gcd(12, 18), math.gcd(-4, 6), math.gcd(), math.gcd(0, 0))
for bad in [lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.sqrt('x'), lambda: math.log(1, 1), lambda: math.ldexp(1.0, 5000),
            lambda: math.isclose(1, 2, rel_tol=-1), lambda: math.log(0), lambda: math.ceil(float('inf')), lambda: math.floor(float('nan'))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__)
print(type(math.ceil(2.1)).__name__, math.ceil(-2.1), math.floor(-2.1), math.trunc(-2.7), math.ceil(10**20), math.floor(1e20))
