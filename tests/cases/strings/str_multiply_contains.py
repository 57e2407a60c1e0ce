print('ab' * 3, 'ab' * 0, 'ab' * -1, 0 * 'x')
print('' * 5 == '', 'abc' in 'xxabcxx', 'abd' in 'xxabcxx')
print('a' in 'a', '' in '')
try:
    'a' * 'b'
except TypeError:
    print('TypeError')
try:
    'a' + 1
except TypeError:
    print('TypeError')
try:
    1 in 'abc'
except TypeError:
    print('TypeError')
