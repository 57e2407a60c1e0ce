import json

class Thing:
    pass

for bad in [{1, 2}, b'bytes', bytearray(b'x'), 1j, Thing(), object(), len,
            [1, {2}], {'a': Thing()}, range(3)]:
    try:
        json.dumps(bad)
        print('no error')
    except TypeError as e:
        print('TypeError', type(e).__name__)

a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print('ValueError', type(e).__name__)
d = {}
d['self'] = [d]
try:
    json.dumps(d)
except ValueError as e:
    print('ValueError', type(e).__name__)
shared = [1, 2]
print(json.dumps([shared, shared, {'s': shared}]))
