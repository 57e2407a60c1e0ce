import random

random.seed(42)
for k in [1, 2, 3, 7, 8, 15, 16, 31, 32]:
    vals = [random.getrandbits(k) for _ in range(200)]
    print(k, all(0 <= v < 2 ** k for v in vals), max(vals) >= 2 ** (k - 1) if k > 1 else max(vals) == 1)
print(random.getrandbits(0))
for k in [33, 48, 64, 100, 200]:
    vals = [random.getrandbits(k) for _ in range(50)]
    print(k, all(0 <= v < 2 ** k for v in vals), max(vals) >= 2 ** (k - 2))
ones = sum(random.getrandbits(1) for _ in range(2000))
print(800 < ones < 1200)
print(type(random.getrandbits(8)).__name__)
