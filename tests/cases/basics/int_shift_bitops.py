for n in [0, 1, 5, -5, 255, -256, 2 ** 40, -(2 ** 40)]:
    print(n, n << 3, n >> 1, n >> 100, n & 0xFF, n | 0x100, n ^ -1, ~n)
try:
    1 << -1
except ValueError:
    print('ValueError negative shift')
try:
    1 >> -1
except ValueError:
    print('ValueError negative shift')
print((2 ** 100) & (2 ** 100 - 1), (2 ** 100) | 1, -(2 ** 100) & 0xFFFF)
