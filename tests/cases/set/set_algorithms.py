def powerset_sizes(s):
    result = [set()]
    for x in sorted(s):
        result += [r | {x} for r in result]
    return sorted(len(r) for r in result)
print(powerset_sizes({1, 2, 3, 4}))
a = set(range(0, 30, 2))
b = set(range(0, 30, 3))
c = set(range(0, 30, 5))
print(sorted(a & b & c), sorted((a | b) - c)[:8], len(a ^ b ^ c))
words = 'the cat sat on the mat with the hat'.split()
print(sorted(set(words)), len(words) - len(set(words)))
print(sorted(set('hello') & set('world')), sorted(set('hello') - set('world')))
print(set() == set(), set() < {1}, {1, 2} > {1}, frozenset({1, 2}) == {1, 2})
