def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
t = 0
for i in range(300):
    t += depth(i % 150)
print(t)
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(sum(gcd(i, 360) for i in range(1, 5000)))
def count_change(n, coins):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return count_change(n - coins[0], coins) + count_change(n, coins[1:])
print(count_change(100, [50, 25, 10, 5, 1]))
