import random

random.seed(42)
for n in [1, 2, 3, 10, 100, 2**31, 2**40]:
    vals = [random.randrange(n) for _ in range(200)]
    print(n, all(0 <= v < n for v in vals), all(type(v) is int for v in vals))
print(random.randrange(1))
seen = set(random.randrange(6) for _ in range(300))
print(sorted(seen))
