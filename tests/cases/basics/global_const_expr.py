N = 10
K = N * 2 + 1
M = [N] * 3
print(N, K, M)
print(0x10 + 0o10 + 0b10 + 10)
print(1e2 + 1, 3 * 'ab', (1, 2) * 2)
print(len('hello' * 3), 'a' in 'abc', 5 in [1, 5])
print(-(-(-1)), +(-1), -(+1))
print(10 ** -1, 10 ** 0)
