inf = float('inf')
nan = float('nan')
print(inf, -inf, inf + 1, inf * 2, -inf * 2)
print(inf > 1e308, -inf < -1e308, inf == inf)
print(nan != nan, nan == nan, nan > 0, nan < 0)
print(inf - inf != inf - inf)
print(1e308 * 10, -1e308 * 10)
print(float('Infinity'), float('-INF'), float('NaN'))
try:
    1.0 / 0
except ZeroDivisionError:
    print('ZeroDivisionError float')
try:
    1.0 // 0.0
except ZeroDivisionError:
    print('ZeroDivisionError floordiv')
try:
    5.0 % 0.0
except ZeroDivisionError:
    print('ZeroDivisionError mod')
try:
    int(inf)
except OverflowError:
    print('OverflowError')
try:
    int(nan)
except ValueError:
    print('ValueError')
