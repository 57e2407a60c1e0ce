print('%s and %s' % ('a', 'b'))
print('%d items' % 5)
print('%5d|%-5d|%05d' % (42, 42, 42))
print('%x %X %o' % (255, 255, 8))
print('%r %s' % ('q', 'q'))
print('%c%c' % (65, 'b'))
print('100%%')
print('%s' % [1, 2])
print('%s' % (1,))
print('%(name)s is %(age)d' % {'name': 'Bob', 'age': 30})
print('%.3s' % 'abcdef')
print('%10s|%-10s|' % ('hi', 'hi'))
print('%+d %+d' % (5, -5))
print('%*d' % (6, 42))
print('%i' % 3.7)
try:
    print('%d %d' % (1,))
except TypeError:
    print('TypeError')
try:
    print('%d' % (1, 2))
except TypeError:
    print('TypeError')
