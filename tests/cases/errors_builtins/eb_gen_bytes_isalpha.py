def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        return type(e).__name__
    else:
        return repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>'
ARGS = [(), (None,), ('',), (b'',), (b'b',), (b'b', 1), (b'b', 1, 2), (b'b', b'c', 1, 2), ([],),
        ((b'a', b'b'),), ('b',), (b'b', None), (b'b', -1), ([b'x', b'y'],), (b'ab', b'X'), (b'ab', b'X', 1), (bytearray(b'b'),)]
for s in (b'', b'abcb abc', b'AB cd\tB', b' b '):
    f = getattr(s, 'isalpha')
    print(repr(s), ' '.join(t(f, *a) for a in ARGS))
