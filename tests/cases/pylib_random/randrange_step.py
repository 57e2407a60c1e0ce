import random

random.seed(42)
cases = [(0, 10), (5, 6), (-10, -5), (-3, 3), (0, 10, 2), (1, 10, 3), (10, 0, -1),
         (10, 0, -3), (0, 100, 7), (-20, 20, 5), (3, 4, 10), (0, 2**50, 2**20)]
for args in cases:
    r = range(*args)
    vals = [random.randrange(*args) for _ in range(150)]
    print(args, all(v in r for v in vals))
seen = set(random.randrange(0, 20, 5) for _ in range(200))
print(sorted(seen))
seen = set(random.randrange(9, -1, -3) for _ in range(200))
print(sorted(seen))
print(random.randrange(7, 8), random.randrange(4, 5, 2), random.randrange(0, -1, -1))
print(all(random.randrange(start=2, stop=4) in (2, 3) for _ in range(20)))
