import random

random.seed(42)
N = 3000
counts = [0] * 6
for _ in range(N):
    counts[random.randint(1, 6) - 1] += 1
exp = N / 6
chi2 = sum((c - exp) ** 2 / exp for c in counts)
print(chi2 < 25)
counts = [0] * 8
for _ in range(N):
    counts[random.getrandbits(3)] += 1
exp = N / 8
chi2 = sum((c - exp) ** 2 / exp for c in counts)
print(chi2 < 30)
# successive values should not be correlated
xs = [random.random() for _ in range(N)]
m = sum(xs) / N
cov = sum((xs[i] - m) * (xs[i + 1] - m) for i in range(N - 1)) / (N - 1)
print(abs(cov) < 0.01)
# a bit in the top and bottom of 32-bit words is balanced
hi = sum(random.getrandbits(32) >> 31 for _ in range(2000))
lo = sum(random.getrandbits(32) & 1 for _ in range(2000))
print(850 < hi < 1150, 850 < lo < 1150)
