import json

data = {'a': [1, 2, {'b': None}], 'c': {}, 'd': [], 'e': {'f': [True]}}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent=4, separators=(',', ' = ')))
print(json.dumps([1, [2, 3]], indent='--'))
print(json.dumps('scalar', indent=3))
print(json.dumps([], indent=2), json.dumps({}, indent=2))
print(json.dumps([[]], indent=1))
print(repr(json.dumps([1, 2], indent=1)))
