big = 10 ** 20
small = 3
print(big + small, small + big, big * small, small - big)
print(big / 10 ** 10)
print(big // small, big % small)
print(big == 10 ** 20, big == 100000000000000000000)
print(int(1e20) == big)
print(float(big))
print(hex(big), oct(big), bin(2 ** 70))
print(-big // 3, -big % 3)
n = 1
for i in range(100):
    n = n * 3 + 1
print(n)
print(n % 97, n.__class__.__name__)
print(big > 5.5, big < 1e30)
d = {big: 'big', 1: 'one'}
print(d[10 ** 20], d[1])
