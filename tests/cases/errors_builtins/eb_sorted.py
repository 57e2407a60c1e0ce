def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
t(sorted)
t(sorted, 1)
t(sorted, [], [])
t(sorted, [3, 1, 2])
t(sorted, [3, 1, 2], reverse=True)
t(sorted, [3, 1, 2], reverse=1)
t(sorted, ['b', 'A', 'c'], key=str.lower)
t(sorted, ['b', 'A', 'c'], key=None)
t(sorted, [1, -2, 3], key=abs, reverse=True)
t(sorted, [1, 'a'])
t(sorted, [1, 2], key=1)
t(sorted, [1, 2], cmp=1)
t(sorted, [1, 2], bogus=1)
t(sorted, [2, 1], lambda x: x)
t(sorted, 'hello')
t(sorted, {3: 1, 1: 2})
t(sorted, {3, 1, 2})
t(sorted, (x * x for x in range(-3, 3)))
t(sorted, [])
t(sorted, [[2], [1, 5], [1]])
t(sorted, [(1, 'b'), (1, 'a'), (0, 'z')])
t(sorted, [2.5, 1, True, -3])
t(sorted, [2**70, -2**70, 0, 1.5])
t(sorted, [1, 2, 3], key=lambda x: 1 / (x - 2))
t(sorted, [3, 1, 2], iterable=[1])
data = [('a', 2), ('b', 1), ('c', 2), ('d', 1)]
t(sorted, data, key=lambda p: p[1])
t(sorted, data, key=lambda p: p[1], reverse=True)
l = [3, 1, 2]
t(l.sort)
print(l)
t(l.sort, reverse=True)
print(l)
t(l.sort, key=lambda x: -x, reverse=True)
print(l)
t(l.sort, 1)
t(l.sort, key=5)
t([1, 'x'].sort)
t([None, None].sort)
t([None].sort)
t([].sort, bogus=1)
class NoLt:
    pass
t(sorted, [NoLt(), NoLt()])
t(lambda: len(sorted([NoLt()])))
class Lt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
t(lambda: [x.v for x in sorted([Lt(3), Lt(1), Lt(2)])])
t(lambda: [x.v for x in sorted([Lt(3), Lt(1), Lt(2)], reverse=True)])
