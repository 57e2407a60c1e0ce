def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
seqs = [(), (0,), (1,), (1, 2), (1, 2, 3), (2,), (1, 'a'), (1, None), (0.5,), (True,), ((1,),)]
for a in seqs:
    row = []
    for b in seqs:
        try:
            row.append('<' if a < b else '>' if a > b else '=' if a == b else '?')
        except TypeError:
            row.append('T')
    print(a, ''.join(row))
    la = list(a)
    print(la, ''.join(('<' if la < list(b) else '>' if la > list(b) else '=') if not any(isinstance(x, (str, type(None))) for x in a + b) else '-' for b in seqs))
t(lambda: [1] < (1,))
t(lambda: (1,) == [1])
t(lambda: [1, [2]] < [1, [3]])
t(lambda: [1, [2]] < [1, (3,)])
t(lambda: [[]] < [[[]]])
t(lambda: max([(1, 2), (1, 3), (0, 9)]))
t(lambda: min([[3], [1, 9], [1]]))
