import json

for f in [0.1, 0.5, 1.0, -1.0, 100.0, 1e16, 1e22, 1.5e-10, 123.456, 1e100,
          -0.0, 2.0 ** 60, 1 / 3, 5e-324, 1.7976931348623157e308, 0.30000000000000004]:
    print(json.dumps(f), repr(f))
nan = float('nan')
inf = float('inf')
print(json.dumps([nan, inf, -inf]))
print(json.dumps({'x': inf}))
for bad in [nan, inf, -inf, [1, inf]]:
    try:
        json.dumps(bad, allow_nan=False)
    except ValueError as e:
        print('ValueError', type(e).__name__)
print(json.dumps([1e300 * 1e10]))
