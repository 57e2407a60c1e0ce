vowels = frozenset('aeiou')
def count_vowels(s):
    return sum(1 for c in s.lower() if c in vowels)
print(count_vowels('MicroPython'), count_vowels('rhythm'), count_vowels('AEIOU'))
groups = {}
for w in ['listen', 'silent', 'enlist', 'google', 'gogole', 'cat', 'act']:
    key = frozenset(w) if False else ''.join(sorted(w))
    groups.setdefault(key, []).append(w)
print(sorted(groups.values()))
fs = {frozenset([1, 2]): 'a', frozenset([2, 1]): 'b'}
print(len(fs), fs[frozenset([1, 2])])
print(sorted(sorted(x) for x in {frozenset([1]), frozenset([1, 2]), frozenset()}))
