import json

for s in ['null', 'true', 'false', '0', '-0', '1', '-17', '"str"', '""',
          '1.5', '-0.0', 'NaN', 'Infinity', '-Infinity', ' 42 ', '\n\ttrue\r\n']:
    v = json.loads(s)
    print(repr(s), repr(v), type(v).__name__)
