# hash() of tuples and frozensets: micropy's own values (the .exp holds the
# values these gave before hash_w got its exact-tuple/frozenset fast path;
# CPython 3.11 uses another tuple hash), plus their invariants
print(hash((1, 2)), hash(()), hash((0,)), hash((-1,)), hash((1, (2, 3))), hash(((),)))
print(hash((1.5, 2)), hash((10**30, 1)), hash((True, False)))
print(hash(frozenset()), hash(frozenset([1, 2, 3])), hash(frozenset([(1, 2)])), hash((frozenset([1]), 2)))
print(hash((1, 2)) == (1, 2).__hash__() == tuple.__hash__((1, 2)))
print(hash(frozenset([3, 1])) == frozenset.__hash__(frozenset([1, 3])))


class T(tuple):
    pass


class U(tuple):
    def __hash__(self):
        return 7


print(hash(T((1, 2))) == hash((1, 2)), hash(U((1, 2))), hash((U(), 1)) == hash((7, 1)))


class H:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h


print(hash((H(5), 1)) == hash((5, 1)), hash((H(2**70),)) == hash((hash(H(2**70)),)))
for bad in ((1, [2]), ((1, {}),), (1, (2, (3, set())))):
    try:
        hash(bad)
    except TypeError:
        print('TypeError')


class BadHash:
    def __hash__(self):
        return 'x'


try:
    hash((BadHash(),))
except TypeError:
    print('TypeError bad __hash__')
