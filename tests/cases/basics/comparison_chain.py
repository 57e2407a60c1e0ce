a, b, c = 1, 2, 3
print(a < b < c, a < b > c, a == 1 < b, c > b > a, a <= 1 <= b)
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 > 4)
def v(x):
    print('eval', x)
    return x
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print('abc' < 'abd', 'a' < 'ab', 'B' < 'a', '' < 'a')
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2) == (1, 2), (2,) > (1, 9))
print(1 == 1.0, 1 != 2, 2 >= 2, 3 <= 2)
print(None == 0, None is None, [] == [], [] is [])
