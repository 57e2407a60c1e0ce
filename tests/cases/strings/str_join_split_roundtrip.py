parts = ['alpha', '', 'gamma', ' spaced ', 'x']
for sep in [',', ', ', '::', ' ', '\n']:
    joined = sep.join(parts)
    print(repr(joined), joined.split(sep) == parts)
print('a b  c'.split(' '), 'a b  c'.split(), ' x '.split(' '))
print('1,2,3'.split(',', -1), '1,2,3'.rsplit(',', 0), 'abc'.split('abc'))
