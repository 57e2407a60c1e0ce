d = {}
d[1] = 'int'
d[1.5] = 'float'
d['s'] = 'str'
d[(1, 2)] = 'tuple'
d[None] = 'none'
d[frozenset([1])] = 'fs'
print(d[1], d[1.5], d['s'], d[(1, 2)], d[None], d[frozenset([1])])
print(d[1.0], len(d))
try:
    d[[1]] = 'list'
except TypeError:
    print('TypeError')
try:
    d[{}] = 'dict'
except TypeError:
    print('TypeError')
big = {}
for i in range(1000):
    big[i * 31 % 1009] = i
print(len(big), big[0], big[31], sum(big.values()))
for i in range(0, 1000, 2):
    del big[i * 31 % 1009]
print(len(big), sorted(big)[:5])
