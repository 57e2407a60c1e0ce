import json

print(json.dumps([]))
print(json.dumps({}))
print(json.dumps(()))
print(json.dumps([1, 2, 3]))
print(json.dumps((1, 'a', None)))
print(json.dumps({'a': 1, 'b': [1, 2, {'c': None}]}))
print(json.dumps([[[]], [{}], {'x': []}]))
print(json.dumps({'z': 1, 'a': 2, 'm': 3}))
print(json.dumps([True, False, None, 1.0, 'x']))
print(json.dumps({'nested': {'deeper': {'deepest': [1, (2, 3)]}}}))
