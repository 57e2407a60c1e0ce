vals = [3, -3, 2.5, -2.5, True, 10 ** 20]
for a in vals:
    row = []
    for b in [2, -2, 0.5]:
        row.append((a + b, a - b, a * b, a // b, a % b))
    print(a, row)
print(7 // 2.0, -7 // 2.0, 7 % -2.5, 2 ** 0.5 > 1.41, 10 ** 20 / 4)
