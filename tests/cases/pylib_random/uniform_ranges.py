import random

random.seed(42)
for a, b in [(0, 1), (1.5, 2.5), (-10, 10), (5, 5), (-1e6, 1e6), (3, 4)]:
    vals = [random.uniform(a, b) for _ in range(200)]
    print(a, b, all(a <= v <= b for v in vals), type(vals[0]).__name__)
vals = [random.uniform(10, 0) for _ in range(200)]
print(all(0 <= v <= 10 for v in vals))
print(random.uniform(2.5, 2.5))
mean = sum(random.uniform(-1, 1) for _ in range(1000)) / 1000
print(-0.15 < mean < 0.15)
