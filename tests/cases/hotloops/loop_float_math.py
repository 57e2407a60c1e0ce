x = 0.0
for i in range(1, 20001):
    x += 1.0 / (i * i)
print('%.8f' % x)
pi = 0.0
sign = 1.0
for k in range(50000):
    pi += sign / (2 * k + 1)
    sign = -sign
print('%.6f' % (4 * pi))
r = 1.0
for i in range(60):
    r = r / 2 + 1 / r
print('%.8f' % r)
mn, mx = 1e9, -1e9
v = 0.5
for i in range(10000):
    v = 3.9 * v * (1 - v)
    if v < mn:
        mn = v
    if v > mx:
        mx = v
print(mn < 0.1, mx > 0.9)
