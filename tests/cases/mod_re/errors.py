# bad patterns raise re.error (CPython's messages and positions)
import re

bad = ['(', '(abc', 'abc)', ')', '[abc', '[', '[a-', '*a', 'a**', 'a+*', '+', '?',
       '{1}', 'a{2,1}', r'\q', 'a\\', r'\1', r'(a)\2', r'(?P<n>a)(?P=m)', '(?P<1a>x)',
       '(?P<n>a)(?P<n>b)', '(?Px)', '(?<x)', '(?z)', '[z-a]', r'[\d-z]', r'\x4', r'\xZZ',
       r'\u12', '(?<=a+)b', '(?<!a|bc)d', 'a(?i)b', '(?i', '(?-', '(?i-i:a)',
       '(?#comment', r'(?(2)a|b)', r'(?(x)a|b)', r'(?(1)a|b|c)', '(a', '^*', r'\b+',
       'a|*', '(?P<>a)', '(?P<a', '(?P=)', r'[\A]', r'\400', '(?L)a', '(?au)a', 'ab\n(',
       '(?', '(?P', '(?<', '(?P=n)']
for pat in bad:
    try:
        re.compile(pat)
        print('compiled?!', repr(pat))
    except re.error as e:
        print(repr(pat), '->', e, '|', e.msg, e.pos)

e = None
try:
    re.compile('a)b')
except re.error as err:
    e = err
print(isinstance(e, Exception), e.pattern, e.pos, e.lineno, e.colno)
try:
    re.compile('x\n(y\nz')
except re.error as err:
    print(err.lineno, err.colno, err.pos)

# re.error can be raised and caught like any exception
try:
    raise re.error('custom')
except re.error as err:
    print('caught', err)

# the repetition number is too large
try:
    re.compile('a{99999999999}')
except OverflowError:
    print('OverflowError')

# wrong argument types
for call in [lambda: re.match('a'), lambda: re.compile(), lambda: re.search(1, 'a'),
             lambda: re.compile('a').match(), lambda: re.compile('a').match('a', 'x'),
             lambda: re.sub('a', 'b'), lambda: re.split(), lambda: re.compile('a', 'i')]:
    try:
        call()
        print('no error')
    except TypeError:
        print('TypeError')
# good patterns that look odd
for pat in ['a{', 'a{,', 'a{1', 'a{x}', ']', '}', '{', 'a{,}', r'\(', '[(]', '[*+?]', r'[\b]',
            '(?:)', '()', '(|)', 'a||b', r'\0', r'\08', r'\12(a)' if False else 'x', '(?#)']:
    try:
        p = re.compile(pat)
        print(repr(pat), 'ok', p.groups)
    except re.error as err:
        print(repr(pat), 'error', err)
# re.error built by hand, as CPython's
e = re.error('bad thing', 'ab\ncd', 4)
print(str(e), '|', e.msg, e.pattern == 'ab\ncd', e.pos, e.lineno, e.colno)
e = re.error('plain')
print(str(e), e.msg, e.pattern, e.pos, e.lineno, e.colno, e.args)
e = re.error('m', pos=2, pattern=b'xyz')
print(str(e), e.lineno, e.colno)
class MyError(re.error):
    pass
try:
    raise MyError('sub', 'abc', 1)
except re.error as err:
    print(type(err).__name__, err, err.pos)
