def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        return type(e).__name__
    else:
        return repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>'
ARGS = [(), (None,), (1,), ('',), ('b',), ('b', 1), ('b', 1, 2), ('b', 'c', 1, 2), (-1,), (1.5,), ([],),
        (('a', 'b'),), (b'b',), ('b', None), ('b', -1), (['x', 'y'],), (0,), (12,), ('ab', 'X'), ('ab', 'X', 1)]
for s in ('', 'abcb abc', 'AB cd\tB', ' b '):
    f = getattr(s, 'upper')
    print(repr(s), ' '.join(t(f, *a) for a in ARGS))
