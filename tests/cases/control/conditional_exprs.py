for v in [0, 1, 5, 10]:
    print('big' if v > 4 else 'small' if v > 0 else 'zero')
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, 1 == 1 != 2)
print(0 or 'x', '' or [] or 'last', 1 and 2, 0 and 1, None or None)
print(not 0, not [1], not None)
a = [1, 2]
print(a and a[0], [] and [][0])
x = 5
print(0 < x <= 5, 0 < x < 5)
if (y := x * 2) > 5:
    print('walrus', y)
print([z for v in range(5) if (z := v * v) > 4])
