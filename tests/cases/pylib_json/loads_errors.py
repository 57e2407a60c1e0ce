import json

cases = ['', ' ', '[', ']', '{', '}', '[1,]', '[,1]', '[1,,2]', '{"a":1,}',
         '{"a" 1}', '{1:2}', "{'a':1}", '{"a"}', '{"a":}', '{,}', '01', '-',
         '-a', '1.', '.5', '+1', '1e', '1e+', '1.e5', '"abc', '"\\x"',
         '"\\u12"', '"\\u12g4"', '"a\nb"', '"tab\there"', 'tru', 'nul', 'fals',
         'True', 'None', '[1 2]', '{"a":1 "b":2}', '1 2', '[1]]', '{}}',
         '-NaN', 'nan', 'inf', '"\\ud83d\\uzz41"', '"\\', '"\\"', '[1, 2',
         'undefined', '0x10', '1_000', "'single'", '/* c */ 1', '[1,]//']
for c in cases:
    try:
        v = json.loads(c)
        print(repr(c), 'parsed', repr(v))
    except ValueError as e:
        print(repr(c), 'ValueError', isinstance(e, ValueError))
