def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for p in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + p
print(list(permutations([1, 2, 3])))
print(sum(1 for _ in permutations(list(range(5)))))
def combinations(items, k):
    if k == 0:
        yield []
        return
    for i in range(len(items)):
        for c in combinations(items[i + 1:], k - 1):
            yield [items[i]] + c
print(list(combinations('abcd', 2)))
def powerset(s):
    if not s:
        yield []
        return
    for rest in powerset(s[1:]):
        yield rest
        yield [s[0]] + rest
print(sorted(powerset([1, 2, 3])))
