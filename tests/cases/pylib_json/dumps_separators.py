import json

data = {'a': [1, 2, 3], 'b': {'c': 'd'}, 'e': []}
print(json.dumps(data, separators=(',', ':')))
print(json.dumps(data, separators=(', ', ': ')))
print(json.dumps(data, separators=(';', '=')))
print(json.dumps(data, separators=('', '')))
print(json.dumps([1, [2, [3]]], separators=(' , ', ' : ')))
print(json.dumps(data, separators=[',', ':']))
