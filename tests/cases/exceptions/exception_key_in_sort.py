def bad_key(x):
    if x == 3:
        raise ValueError('bad element')
    return -x
data = [1, 2, 3, 4]
try:
    data.sort(key=bad_key)
except ValueError as e:
    print('ValueError', e)
print(sorted(data))
try:
    sorted([(1, None), (1, 2)])
except TypeError:
    print('TypeError comparing None')
try:
    max([1, 'a'])
except TypeError:
    print('TypeError max')
