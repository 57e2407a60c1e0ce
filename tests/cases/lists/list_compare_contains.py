print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] == [], [1] != [1.0])
print(2 in [1, 2], 'a' in ['ab'], [1] in [[1]], None in [None])
l = [3, 1, 2]
print(sorted(l), l, min(l), max(l), sum(l))
m = [[2, 'b'], [1, 'a'], [2, 'a']]
m.sort()
print(m)
words = ['banana', 'Apple', 'cherry']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(1, 'b'), (0, 'b'), (1, 'a')]
print(sorted(pairs, key=lambda p: p[1]))
