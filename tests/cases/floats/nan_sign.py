import math
for v in [float('nan'), float('-nan'), float('+nan'), float('NaN'), -float('nan'), math.nan, -math.nan,
          abs(float('-nan')), float('inf') * 0 if False else float('nan')]:
    print(repr(v), math.copysign(1.0, v), math.isnan(v), v != v)
print(math.copysign(2.0, float('nan')), math.copysign(2.0, -float('nan')))
print(float('nan') == float('nan'), [float('nan')] == [float('nan')], float('nan') in [float('nan')])
x = float('nan')
print(x is x, [x] == [x], x in [x], {x: 1}.get(x), sorted([3.0, 1.0, 2.0]))
