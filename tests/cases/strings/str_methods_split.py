s = 'a,b,,c'
print(s.split(','), s.split(',', 1), s.rsplit(',', 1), s.split(',', 0))
print('  a  b   c  '.split(), '  a  b   c  '.split(None, 1), ''.split(), ''.split(','))
print('a b c'.rsplit(None, 1), 'a--b--c'.split('--'))
print('line1\nline2\r\nline3\n'.splitlines())
print('x\n\ny'.splitlines(), ''.splitlines(), 'a\n'.splitlines(True))
print('key=value=x'.partition('='), 'novalue'.partition('='))
print('key=value=x'.rpartition('='), 'novalue'.rpartition('='))
print('-'.join(['a', 'b', 'c']), ''.join([]), ', '.join('xyz'), '/'.join(('p', 'q')))
try:
    ','.join(['a', 1])
except TypeError:
    print('TypeError')
try:
    'a'.split('')
except ValueError:
    print('ValueError')
