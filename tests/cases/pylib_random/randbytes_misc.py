import random

random.seed(42)
for n in [0, 1, 3, 4, 5, 17]:
    b = random.randbytes(n)
    print(n, type(b).__name__, len(b))
random.seed(3)
x = random.randbytes(10)
random.seed(3)
print(x == random.randbytes(10))
try:
    random.randbytes(-1)
except ValueError as e:
    print(type(e).__name__)
vals = [random.gauss(10.0, 2.0) for _ in range(1000)]
mean = sum(vals) / len(vals)
print(9.5 < mean < 10.5)
vals = [random.triangular(0, 10, 2) for _ in range(200)]
print(all(0 <= v <= 10 for v in vals))
vals = [random.expovariate(2.0) for _ in range(500)]
print(all(v >= 0 for v in vals), 0.35 < sum(vals) / len(vals) < 0.65)
