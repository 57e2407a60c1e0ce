def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fib(100))
print(fib(200) // fib(150))
print(fib(300) % 1000000007)
x = 12345678901234567890
y = 98765432109876543210
print(x * y, y // x, y % x, x - y)
print(x ** 3)
print(-x * y, -(x ** 3) // y)
print(x & y, x | y, x ^ y)
print(x << 64, y >> 32)
print(x == 12345678901234567890, x < y, max(x, y), min(x, y))
print(sum(range(10 ** 6, 10 ** 6 + 100)) * 10 ** 20)
