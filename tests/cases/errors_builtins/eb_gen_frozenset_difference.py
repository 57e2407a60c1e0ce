def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        return type(e).__name__
    else:
        if isinstance(r, (set, frozenset)):
            return type(r).__name__ + repr(sorted(r, key=repr))
        return repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>'
ARGS = [(), (None,), (0,), (1,), (-1,), (5,), ('a',), ([],), ((1,),), ([1, 2],), (1, 2), (1, 2, 3), (2**70,), (1.0,), (0, 'x')]
for proto in [frozenset(), frozenset([1, 2])]:
    row = []
    for a in ARGS:
        obj = proto.copy() if hasattr(proto, 'copy') else proto
        row.append(t(getattr(obj, 'difference'), *a))
        if isinstance(obj, (list, dict, set)):
            row.append(repr(sorted(obj, key=repr)) if isinstance(obj, set) else repr(obj))
    print(repr(proto) if not isinstance(proto, (set, frozenset)) else sorted(proto, key=repr), ' '.join(row))
