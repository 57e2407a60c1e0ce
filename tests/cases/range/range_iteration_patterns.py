n = 6
for i in range(n):
    print(' ' * (n - i - 1) + '*' * (2 * i + 1))
for i in range(n - 2, -1, -1):
    print(' ' * (n - i - 1) + '*' * (2 * i + 1))
print([i * j for i in range(1, 4) for j in range(1, 4)])
print(sum(range(0, 101, 2)), sum(range(1, 101, 2)))
evens = range(0, 20, 2)
print(list(zip(evens, evens[1:])))
