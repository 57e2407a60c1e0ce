print('%*s|%-*s|' % (6, 'ab', 6, 'cd'))
print('%.*f' % (3, 2.71828))
print('%(a)s-%(b)05d-%(a)s' % {'a': 'x', 'b': 42})
print('%s %s' % ('tuple', ('in', 'tuple')))
print('%s' % {'k': 1}, '%s' % [1, (2,)])
print('%c%c%c' % (0x48, 0x69, 0x21))
print('%5.1s|' % 'hello', '%-5c|' % 'z')
try:
    '%(missing)s' % {}
except KeyError:
    print('KeyError')
try:
    '%z' % 1
except ValueError:
    print('ValueError')
