i = 0
while i < 5:
    print(i, end=' ')
    i += 1
print()
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print('collatz steps', steps)
i = 0
while True:
    i += 1
    if i % 2 == 0:
        continue
    if i > 9:
        break
    print('odd', i)
a, b = 0, 1
while b < 100:
    a, b = b, a + b
print(a, b)
