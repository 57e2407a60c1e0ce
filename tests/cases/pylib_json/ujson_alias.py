try:
    import ujson as json
except ImportError:
    import json

print(json.dumps({'a': [1, 2]}))
print(json.loads('{"b": [true, null]}'))
