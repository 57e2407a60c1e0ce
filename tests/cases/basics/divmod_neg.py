for a in [7, -7, 0, 13, -13]:
    for b in [3, -3, 5]:
        print(a, b, a // b, a % b, divmod(a, b))
for a in [7.5, -7.5]:
    for b in [2, -2]:
        print(a, b, a // b, a % b)
try:
    divmod(1, 0)
except ZeroDivisionError:
    print('ZeroDivisionError')
