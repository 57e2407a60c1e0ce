import json

print(json.loads(b'[1, 2, "three"]'))
print(json.loads(bytearray(b'{"a": null}')))
v = json.loads('"caf\u00e9"'.encode('utf-8'))
print(len(v), ord(v[3]))
print(json.loads(b'  true  '))
for bad in [None, 12, 1.5, [1], ('x',)]:
    try:
        json.loads(bad)
    except TypeError as e:
        print(type(e).__name__)
try:
    json.loads(b'')
except ValueError:
    print('ValueError')
