import json

print(json.dumps({1: 'one', 2: 'two'}))
print(json.dumps({1.5: 'x', -0.25: 'y', 1e20: 'z'}))
print(json.dumps({True: 't', False: 'f', None: 'n'}))
print(json.dumps({float('inf'): 1, float('-inf'): 2}))
print(json.dumps({'b': 1, 'a': 2, 'c': 3}, sort_keys=True))
print(json.dumps({'b': {'y': 1, 'x': 2}, 'a': 2}, sort_keys=True, indent=1))
for bad in [{(1, 2): 3}, {b'k': 1}, {frozenset(): 1}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print(type(e).__name__)
print(json.dumps({(1, 2): 3, 'ok': 4}, skipkeys=True))
print(json.dumps({(1, 2): 3}, skipkeys=True))
try:
    json.dumps({1: 'a', 'b': 2}, sort_keys=True)
except TypeError as e:
    print(type(e).__name__)
print(json.dumps({10**20: 1, -5: 2}))
