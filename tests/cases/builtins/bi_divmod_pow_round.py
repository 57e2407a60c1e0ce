print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2 ** 70, 3))
print(pow(2, 10), pow(2, -1), pow(2.5, 2), pow(7, 3, 5), pow(-7, 3, 5), pow(2, 100, 1000))
print(pow(0, 0), pow(3, 0, 7))
print(round(3.7), round(-3.7), round(2.5), round(3.5), round(7), round(1.23456, 3), round(155, -1), round(145, -1))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__, round(-0.5))
print(round(12345, -2), round(0.125, 2) in (0.12, 0.13), round(2.675, 1))
try:
    pow(2, 3, 0)
except ValueError:
    print('ValueError')
