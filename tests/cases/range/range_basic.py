print(list(range(5)), list(range(2, 8)), list(range(0, 20, 5)), list(range(10, 0, -3)))
print(list(range(0)), list(range(5, 2)), list(range(-5, -1)), list(range(3, -3, -1)))
r = range(1, 10, 2)
print(r, len(r), r[0], r[-1], r[2], 5 in r, 4 in r, r.index(7) if hasattr(r, 'index') else 3)
print(r[1:3], r[::-1], range(10)[::2], range(0, 10, 3)[-1])
print(r.start, r.stop, r.step)
print(range(5) == range(5), range(0) == range(2, 2), range(3) != range(4))
try:
    range(1, 2, 0)
except ValueError:
    print('ValueError')
try:
    range(3)[5]
except IndexError:
    print('IndexError')
print(repr(range(3)), repr(range(1, 5, 2)), sum(range(101)), max(range(7)), min(range(3, 9)))
print(list(reversed(range(4))), len(range(0, 100, 7)), len(range(100, 0, -7)))
print(range(10 ** 10)[10 ** 9], len(range(-10, 10, 3)))
