t1 = (1, (2, 3), 'x', None, 2.5, frozenset([1]))
t2 = (1, (2, 3), 'x', None, 2.5, frozenset([1]))
print(t1 == t2, hash(t1) == hash(t2), {t1: 'v'}[t2])
grid = {}
for x in range(3):
    for y in range(3):
        grid[(x, y)] = x * 3 + y
print(grid[(2, 1)], (1, 1) in grid, (3, 3) in grid, len(grid))
try:
    hash((1, [2]))
except TypeError:
    print('TypeError unhashable')
print((1, 2) + (3,) * 2, (0,) * 0, ((1, 2),) * 2)
print(tuple(reversed((1, 2, 3))), tuple(sorted((3, 1, 2), reverse=True)))
