for s in ['x\ty', 'tab\tin\tmiddle', '\t', 'ab\tcd\nef\tg', '12345678\tz', 'é\tx', 'a\r\tb']:
    print(repr(s.expandtabs()), repr(s.expandtabs(3)), repr(s.expandtabs(0)), repr(s.expandtabs(1)))
for s in ['hello world', 'world', 'he', '']:
    print(repr(s.removeprefix('he')), repr(s.removesuffix('ld')), repr(s.removeprefix('')),
          repr(s.removesuffix(s)))
try:
    'x'.removeprefix(1)
except TypeError:
    print('TypeError')
