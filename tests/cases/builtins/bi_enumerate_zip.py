print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate([], 5)))
for i, (a, b) in enumerate(zip('xy', [10, 20])):
    print(i, a, b)
print(list(zip()), list(zip([1, 2, 3], 'ab')), list(zip(range(3), range(3), range(3))))
names = ['a', 'b', 'c']
vals = [1, 2, 3]
print(dict(zip(names, vals)))
pairs = list(zip(names, vals))
n2, v2 = zip(*pairs)
print(n2, v2)
e = enumerate(['p', 'q'])
print(next(e), next(e))
z = zip([1], [2])
print(next(z))
try:
    next(z)
except StopIteration:
    print('StopIteration')
