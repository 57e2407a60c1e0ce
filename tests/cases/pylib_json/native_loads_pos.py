import json

def pos(text):
    try:
        v = json.loads(text)
        print('ok', repr(v))
    except ValueError as e:
        print('ValueError at', str(e).split('char ')[-1].rstrip(')'))

for t in ['\u00e9', '[1, \u00e9]', '["\u00e9\u00e9", x]', '"\u00e9\\x"',
          '"\U0001f600\\u12"', '{"\u00e9": 1, "b" 2}', '["\u00e9\u00e9\u00e9"] 1',
          '"\u00e9\u00e9', '"\u00e9\n"', '{"\u00e9":}', '[1,\n 2,\n \u00e9]',
          '"\\ud83d\\uxyz0"', '"\\u00e', '-', '[-]', '1.5.', '[1e5e]']:
    pos(t)
    pos(t.encode())

for t in ['123456789012345678', '-123456789012345678', '1234567890123456789',
          '9223372036854775807', '9223372036854775808', '-9223372036854775808',
          '-9223372036854775809', '00', '-0', '0.0e0', '1E-400']:
    try:
        v = json.loads(t)
        print(t, repr(v), type(v).__name__)
    except ValueError:
        print(t, 'ValueError')

s = json.loads('"\\u00e9\\U0001\\ud83d\\ude00 \u00e9\U0001f600x"'.replace('\\U0001', 'ab'))
print(len(s), [ord(c) for c in s])
print(json.loads(b'"\xc3\xa9\xf0\x9f\x98\x80"') == '\u00e9\U0001f600')
print(json.loads(bytearray(b'{"k": [1, "\xc3\xa9"]}')))
print(json.loads('{"a": "x", "a": "y", "b": {}}'))
v = json.loads('["a\\"b", "\\\\", "\\/", "\\b\\f\\n\\r\\t", "\\u0000"]')
print([len(x) for x in v], v)
print(json.dumps(json.loads(json.dumps('\x00\x1f\x7f\u2028\U0001f600'))))
