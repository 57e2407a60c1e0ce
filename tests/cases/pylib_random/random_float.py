import random

random.seed(42)
vals = [random.random() for _ in range(2000)]
print(all(0.0 <= v < 1.0 for v in vals), all(type(v) is float for v in vals))
mean = sum(vals) / len(vals)
print(0.45 < mean < 0.55)
print(min(vals) < 0.01, max(vals) > 0.99)
buckets = [0] * 10
for v in vals:
    buckets[int(v * 10)] += 1
print(all(130 < b < 270 for b in buckets))
print(len(set(vals)) > 1990)
frac = [v * 2 ** 53 for v in vals[:50]]
print(all(f == int(f) for f in frac))
