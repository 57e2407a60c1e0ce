# set iteration (live, size-checked) and set algebra over all operand kinds


def srt(s):
    return sorted(s, key=repr)


a = {1, 2, 3, 'x', (1, 2), frozenset([9])}
b = frozenset([2, 3, 4, 'y', (1, 2)])
e = set()
fe = frozenset()
cases = [(a, b), (b, a), (a, a), (b, b), (e, a), (a, e), (fe, b), (b, fe), (e, fe)]
for x, y in cases:
    print(type(x).__name__, type(y).__name__)
    for r in (x | y, x & y, x - y, x ^ y):
        print('  ', type(r).__name__, srt(r))
    print('  ', x <= y, x < y, x >= y, x > y, x == y, x != y)
    print('  ', x.isdisjoint(y), x.issubset(y), x.issuperset(y))

# named methods take any iterable
others = [[2, 3, 7], (3, 'x'), 'xy', {2: 'a', 'x': 'b'}, range(4), iter([1, 7]),
          (i for i in [2, 9]), {1, 9}, frozenset(['x'])]
for o in others:
    for name in ('union', 'intersection', 'difference', 'symmetric_difference',
                 'issubset', 'issuperset', 'isdisjoint'):
        try:
            oo = list(o) if not isinstance(o, (set, frozenset, dict, str, range, list, tuple)) else o
            r = getattr(a, name)(oo)
            print(name, srt(r) if isinstance(r, (set, frozenset)) else r)
        except TypeError as ex:
            print(name, type(ex).__name__)
        if not isinstance(o, (set, frozenset, dict, str, range, list, tuple)):
            break

print(srt({1, 2}.union([3], (4,), 'a')), {1, 2, 3}.intersection([2, 3], {3}),
      {1, 2, 3}.difference([1], (2,)), {1, 2}.intersection(), {5}.union())

# operators need sets on both sides
for o in ([1], (1,), 'a', {1: 2}, 1, None):
    for op in ('|', '&', '-', '^'):
        try:
            eval('a ' + op + ' o')
            print(op, 'ok')
        except TypeError:
            print(op, 'TypeError', type(o).__name__)

# in-place forms keep the object
s = {1, 2, 3}
t = s
s |= {4}
s &= {1, 2, 4, 9}
s -= {1}
s ^= {2, 7}
print(s is t, s)
s |= s
s &= s
print(s)
s -= s
print(s, s is t)
s = {1, 2}
s |= frozenset([3])
print(s)
try:
    s |= [4]
except TypeError:
    print('TypeError |= list')
f = frozenset([1])
g = f
f |= {2}
print(f, g, f is g)

# updates from every kind of input
for src in ([3, 1, 3], (5, 5, 6), 'abca', {'k': 1, 'j': 2}, {8, 9}, frozenset([0]),
            range(3), (x * x for x in range(4)), iter('zz')):
    s = {1}
    s.update(src)
    print(srt(s), len(set(src)) if not hasattr(src, '__next__') else '-')
s = {1}
s.intersection_update([1, 2], (1,))
print(s)
s = {1, 2, 3}
s.difference_update([1], {2})
print(s)
s = {1, 2, 3}
s.symmetric_difference_update([3, 4])
print(s)

# unhashable items
for bad in ([1, [2]], ({1: 2}, 3), [set()]):
    try:
        set(bad)
    except TypeError:
        print('TypeError set()')
    try:
        {1} | set(bad)
    except TypeError:
        print('TypeError |')
try:
    {1}.update([2, [3]])
except TypeError:
    print('TypeError update')
try:
    {1}.intersection([[3]])
except TypeError:
    print('TypeError intersection')

# membership: a set is looked up as a frozenset
print(frozenset([1, 2]) in {frozenset([1, 2])}, {1, 2} in {frozenset([2, 1])}, 3 in {1, 2})
try:
    [1] in {1}
except TypeError:
    print('TypeError in')

# iteration: live, size checked, exhausted stays exhausted
s = {1, 2, 3}
print([x for x in s])
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as ex:
    print('RuntimeError', ex)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError:
    print('RuntimeError discard')
s = {1, 2, 3}
it = iter(s)
next(it)
s.add(4)
try:
    next(it)
except RuntimeError:
    print('RuntimeError next')
s.discard(4)
try:
    next(it)
except RuntimeError:
    print('still broken')
s = {1, 2, 3}
it = iter(s)
print(list(it))
s.add(4)
print(list(it), next(it, 'end'))
s = {1, 2, 3}
out = []
for x in s:
    out.append(x)
    s.add(x)            # no size change
    s |= {1}
    s &= {1, 2, 3}      # same size, new storage
print(out, s)

# pop empties the set in order, then KeyError
s = {5, 'a', (1,), 7}
popped = []
while s:
    popped.append(s.pop())
print(srt(popped), s)
try:
    s.pop()
except KeyError:
    print('KeyError pop')

# frozenset hashing: equal sets hash equal, usable as keys
d = {frozenset([1, 2]): 'a', frozenset(): 'e', frozenset(['x', (1, 2)]): 't'}
print(d[frozenset([2, 1])], d[frozenset()], d[frozenset([(1, 2), 'x'])])
print(hash(frozenset([1, 2, 3])) == hash(frozenset([3, 2, 1])), hash(frozenset()) == hash(frozenset([])))
print({frozenset([1]), frozenset([1]), frozenset([2])} == {frozenset([2]), frozenset([1])})
try:
    hash({1})
except TypeError:
    print('TypeError hash set')

big = set(str(i % 500) for i in range(3000))
other = set(str(i) for i in range(250, 750))
print(len(big), len(other), len(big & other), len(big | other), len(big - other), len(big ^ other))
print(len(set(list(big))), len(frozenset(tuple(big))), big == set(big), big.issubset(big | other))
