print(sum([]), sum([1, 2, 3]), sum(range(10), 100), sum([0.5, 0.25]), sum([[1], [2]], []))
print(sum((1, 2)), sum({1: 'a', 2: 'b'}), sum(x * x for x in range(4)))
print(sorted([3, 1, 2]), sorted('cab'), sorted((2, 1)), sorted({3: 0, 1: 0}), sorted([], reverse=True))
print(sorted([1, -3, 2], key=abs, reverse=True))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed((1, 2))), list(reversed(range(3))))
r = reversed([1, 2, 3])
print(next(r), list(r))
class Rev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return 'abc'[i]
print(list(reversed(Rev())))
try:
    sum(['a', 'b'])
except TypeError:
    print('TypeError')
