for i in range(10):
    if i == 2:
        continue
    if i == 6:
        break
    print(i)
found = None
for x in [4, 8, 15, 16, 23, 42]:
    if x % 5 == 0:
        found = x
        break
print('found', found)
for i in range(3):
    for j in range(3):
        if j == 1:
            break
        print(i, j)
for i in range(3):
    for j in range(3):
        if (i + j) % 2:
            continue
        print('even sum', i, j)
i = 0
while i < 10:
    i += 1
    if i < 8:
        continue
    print('late', i)
