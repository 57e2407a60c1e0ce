# tuple equality (exact tuples compare item by item, identity first) and
# tuple-keyed dicts/sets
nan = float('nan')
print((nan,) == (nan,), (float('nan'),) == (float('nan'),), (1, 2) == (1, 2.0), (1, 2) != (1, 2))
print((1, (2, [3])) == (1, (2, [3])), (1, 2) == (1, 2, 3), () == (), (1,) == [1])


class E:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        E.calls += 1
        return isinstance(other, E) and self.v % 10 == other.v % 10

    def __hash__(self):
        return self.v % 10


print((E(1), 2) == (E(11), 2), (E(1), 2) == (E(2), 2), (1, E(3)) == (2, E(3)), E.calls)


class T(tuple):
    def __eq__(self, other):
        return 'T.eq'


print((1, 2) == T((1, 2)), T((1, 2)) == (1, 2), T() == ())

counts = {}
words = ['ka', 'lo', 'mi', 'ka', 'lo', 'ka', 'mi', 'mi', 'ka', 'lo'] * 50
prev = None
for w in words:
    if prev is not None:
        key = (prev, w)
        if key in counts:
            counts[key] += 1
        else:
            counts[key] = 1
    prev = w
print(len(counts), sorted(counts.items()), max(counts.items(), key=lambda kv: (kv[1], kv[0])))
d = {(E(1), 'a'): 1}
print(d[(E(21), 'a')], (E(5), 'a') in d, {(1, (2, 3)): 'n'}[(1, (2, 3))])
s = {(1, 2), (1, 2.0), (2, 1), ((1,), 2)}
print(len(s), (1, 2) in s, ((1,), 2) in s, ((1.0,), 2) in s)
try:
    {(1, [2]): 3}
except TypeError:
    print('TypeError')
