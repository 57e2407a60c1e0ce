def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
srcs = ['', 'ab', b'ab', bytearray(b'ab'), [1, 2], (1, 2), {1: 'a'}, {3}, frozenset([4]), range(3), 5, None, 1.5]
for s in srcs:
    row = []
    for ctor in (list, tuple, bytes, bytearray, str, bool, len):
        try:
            r = ctor(s)
            if isinstance(r, set):
                r = sorted(r)
            row.append(repr(r))
        except Exception as e:
            row.append(type(e).__name__)
    print(type(s).__name__, row)
for s in srcs:
    try:
        print(type(s).__name__, sorted(set(s)) if not isinstance(s, dict) else sorted(set(s)))
    except Exception as e:
        print(type(s).__name__, type(e).__name__)
    try:
        print(dict(s))
    except Exception as e:
        print(type(e).__name__)
print(dict([('a', 1), 'bc', [2, 3], b'de']))
print(list({'x': 1, 'y': 2}.items()), tuple('abc'), list(b'\x00\xff'))
