import json

print(repr(json.loads('"a\\"b\\\\c\\/d"')))
print(repr(json.loads('"\\n\\r\\t\\b\\f"')))
print([ord(c) for c in json.loads('"\\u0041\\u00e9\\u20AC\\uffff"')])
s = json.loads('"\\ud83d\\ude00"')
print(len(s), ord(s[0]), s == '\U0001f600')
s = json.loads('"x\\uD834\\uDD1Ey"')
print(len(s), [ord(c) for c in s])
print(repr(json.loads('"\\u0000"')), len(json.loads('"\\u0000"')))
raw = json.loads('"caf\u00e9 \u4e2d"')
print(len(raw), [ord(c) for c in raw])
print(json.loads('"\\u002F"'), json.loads('"\\u005c"'))
for s in ['x', 'a"b', '\\', '\x01\x1f', '\u00e9\U0001f600', 'tab\tnl\n']:
    print(json.loads(json.dumps(s)) == s)
