class S(set):
    def add(self, x):
        super().add(x * 2)
s = S()
s.add(1); s.add(2)
print(sorted(s), len(s), 4 in s, type(s).__name__, isinstance(s, set))
print(sorted(s | {9}), sorted(s & {2}), sorted(s - {2}), sorted(s ^ {2, 7}))
print(s == {2, 4}, s <= {2, 4, 6}, s.issubset({2, 4}), bool(S()), S() == set())
class FS(frozenset):
    def __new__(cls, *items):
        return super().__new__(cls, items)
fs = FS(3, 1, 2)
print(sorted(fs), len(fs), hash(fs) == hash(frozenset({1, 2, 3})), {fs: 'v'}[frozenset([1, 2, 3])])
print(type(fs | {4}).__name__, fs == {1, 2, 3}, 2 in fs)
class Ordered(set):
    def __iter__(self):
        return iter(sorted(set.__iter__(self)))
o = Ordered([3, 1, 2])
print(list(o), [x for x in o], tuple(o))
o.n = 'attr'
print(o.n)
