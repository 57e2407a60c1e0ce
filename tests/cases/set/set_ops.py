a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(sorted(a.union([10], (11,))), sorted(a.intersection(range(3))))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a > a)
print({1, 2}.issubset(a), a.issuperset({1, 5}), a.isdisjoint({7, 8}), a.isdisjoint(b))
print({1, 2} == {2, 1}, {1} != {1, 2})
c = set(a)
c |= {9}
c &= {1, 9, 2}
c -= {2}
print(sorted(c))
c ^= {1, 7}
print(sorted(c))
d = set(range(10))
d.difference_update({1, 2, 3})
d.intersection_update(range(5, 20))
d.symmetric_difference_update({5, 100})
print(sorted(d))
