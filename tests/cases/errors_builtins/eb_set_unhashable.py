def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
t(set, [[1]])
t(set, [{1: 2}])
t(set, [{1}])
t(lambda: {[1]})
t(lambda: {1, [2]})
t(lambda: {1: 1, [2]: 2})
t(lambda: [1] in {1})
t(lambda: {1} in {frozenset([1])})
t(lambda: {1}.remove([1]))
t(lambda: {}.get([1]))
t(lambda: {}.get([1], 0))
t(lambda: [1] in {})
t(lambda: {}.setdefault([1]))
t(lambda: dict.fromkeys([[1]]))
t(lambda: frozenset([[1]]))
t(lambda: sorted(frozenset([(1, 2), (0,)])))
t(lambda: hash((1, (2, [3]))))
t(lambda: hash((1, (2, frozenset([3])))) == hash((1, (2, frozenset([3])))))
class Unh:
    __hash__ = None
t(lambda: {Unh()})
t(lambda: {Unh(): 1})
t(lambda: Unh() in {1})
class H:
    def __hash__(self):
        return 1
    def __eq__(self, o):
        return isinstance(o, H)
t(lambda: len({H(), H(), H()}))
t(lambda: H() in {H()})
t(lambda: {H(): 'a', H(): 'b'}[H()])
