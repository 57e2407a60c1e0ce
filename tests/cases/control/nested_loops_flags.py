grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
target = 5
pos = None
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == target:
            pos = (r, c)
            break
    if pos:
        break
print(pos)
count = 0
for a in range(1, 20):
    for b in range(a, 20):
        for c in range(b, 30):
            if a * a + b * b == c * c:
                print(a, b, c)
                count += 1
print('triples', count)
