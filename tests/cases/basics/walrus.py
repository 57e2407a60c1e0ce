data = [3, 1, 4, 1, 5, 9, 2, 6]
if (n := len(data)) > 5:
    print('long', n)
results = [y for x in data if (y := x * 2) > 5]
print(results)
i = 0
while (i := i + 1) < 4:
    print('i', i)
print(i)
