import random

random.seed(42)
for a, b in [(0, 0), (1, 6), (-5, 5), (-10, -9), (0, 1), (100, 1000), (0, 2**64)]:
    vals = [random.randint(a, b) for _ in range(200)]
    print(a, b, all(a <= v <= b for v in vals))
dice = set(random.randint(1, 6) for _ in range(300))
print(sorted(dice))
print(random.randint(7, 7), random.randint(-3, -3))
for a, b in [(1, 0), (5, -5)]:
    try:
        random.randint(a, b)
    except ValueError as e:
        print(type(e).__name__)
for a, b in [(1.5, 3), (0, 2.5)]:
    try:
        random.randint(a, b)
    except ValueError as e:
        print(type(e).__name__)
