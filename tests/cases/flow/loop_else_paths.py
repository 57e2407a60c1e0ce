def find(seq, x):
    for i, v in enumerate(seq):
        if v == x:
            break
    else:
        return -1
    return i
print(find([1, 2, 3], 2), find([1, 2, 3], 9), find([], 1))
n = 0
while n < 3:
    n += 1
else:
    print('while else', n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print('not printed')
for i in range(3):
    for j in range(3):
        if j == 1:
            break
    else:
        print('inner else never')
    print(i, j)
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    print('even', i)
