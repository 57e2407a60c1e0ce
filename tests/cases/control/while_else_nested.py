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
print('n', n)
for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        if i == 2:
            break
        print(i, j)
    else:
        print('inner done', i)
found = None
for x in [1, 3, 5, 6, 7]:
    if x % 2 == 0:
        found = x
        break
else:
    found = -1
print(found)
