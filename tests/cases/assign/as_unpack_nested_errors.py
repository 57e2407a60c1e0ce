# errors deep inside nested unpacking leave earlier targets assigned
a = b = c = 'unset'
try:
    a, (b, c) = 1, (2, 3, 4)
except ValueError:
    print('ValueError', a, b, c)
a = b = c = 'unset'
try:
    a, (b, c) = 1, 5
except TypeError:
    print('TypeError', a, b, c)
a = b = 'unset'
try:
    (a, b), c = [(1,), 2]
except ValueError:
    print('ValueError short', a, b)
x = y = 'unset'
try:
    x, *y = 7
except TypeError:
    print('TypeError star', x, y)
try:
    [m, n] = {'only': 1}
except ValueError:
    print('ValueError dict')
