import json

# lone and mismatched surrogates are kept as they are, pairs combine
for s in ['"\\ud800"', '"\\udc00x"', '"\\ud83d\\u0041"', '"\\ud83dA"',
          '"\\ud83d\\ude00\\ud83d\\ude01"', '"\\uDBFF\\uDFFF"', '"\\ud800\\ud800"']:
    v = json.loads(s)
    print(s, len(v), [ord(c) for c in v])
print(json.dumps(json.loads('"\\ud800"')))
print(json.dumps(json.loads('"\\uDBFF\\uDFFF"')))
try:
    json.loads(b'"\xff"')
except ValueError as e:
    print('ValueError', isinstance(e, ValueError))
