r = range(-10, 10, 3)
print(list(r), len(r), r[0], r[-1], r[3], -7 in r, -6 in r, 8 in r)
print(list(range(10, -10, -4)), len(range(10, -10, -4)))
print(range(5)[1:-1], range(0, 20, 4)[::2], range(10)[::-1][2], range(3)[5:])
print(list(range(0, 1)), list(range(1, 0)), list(range(0, -1, -1)))
print(bool(range(0)), bool(range(1)), 2.0 in range(5) if True else 0)
big = range(0, 10 ** 12, 7)
print(len(big), big[-1], big[10 ** 6], 7 * 10 ** 6 in big, 7 * 10 ** 6 + 1 in big)
print(range(2, 12, 3).index(8) if hasattr(range, 'index') else 2)
for bad in [lambda: range(1.5), lambda: range('a'), lambda: range()]:
    try:
        bad()
    except TypeError:
        print('TypeError')
