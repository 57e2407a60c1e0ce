# sub / subn: templates, callables, count, empty matches
import re

print(re.sub(r'\d+', '#', 'a1b22c333'))
print(re.sub(r'\d+', '#', 'a1b22c333', 2))
print(re.sub(r'\d+', '#', 'a1b22c333', count=1))
print(re.sub(r'(\w+)=(\w+)', r'\2=\1', 'a=1, b=2'))
print(re.sub(r'(?P<k>\w+)=(?P<v>\w+)', r'\g<v>:\g<k>', 'a=1, b=2'))
print(re.sub(r'(\w+)', r'[\g<1>|\g<0>]', 'hi yo'))
print(re.sub(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)', r'\11\10-\g<1>0', 'abcdefghijk'))
print(repr(re.sub(r'-', r'\n\t\\', 'a-b')))
print(repr(re.sub(r'x', r'\0\01\101', 'x')))
print(repr(re.sub(r'x', r'\-\.', 'x')))
print(re.sub(r'(a)|b', r'[\1]', 'ab'))
print(re.sub('', '-', 'abc'))
print(re.sub('x*', '-', 'abxd'))
print(re.sub('x*', '-', 'xxx'))
print(re.sub(r'\b', '|', 'ab cd'))
print(re.sub(r'(?=b)', '^', 'abab'))
print(re.sub('a', 'b', ''))
print(re.sub('^', '> ', 'line1\nline2', flags=re.M))
print(re.sub('$', ';', 'line1\nline2', flags=re.M))
print(re.sub('A', 'x', 'aAa', flags=re.I))
print(re.subn(r'\s+', ' ', '  a   b \t c  '))
print(re.subn('z', 'y', 'abc'))
print(re.subn('a', 'b', 'aaaa', 3))

def up(m):
    return m.group().upper()
print(re.sub(r'\b\w', up, 'hello big world'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) + 1), 'v1.9.99'))
print(re.sub(r'(\w+)@(\w+)', lambda m: m.group(2) + ' at ' + m.group(1), 'me@here you@there'))
print(re.sub('a', lambda m: None, 'banana'))
print(re.subn(r'.', lambda m: m.group() * 2, 'abc', count=2))
print(re.sub('x', lambda m: '\\1', 'axb'))

counter = [0]
def numbered(m):
    counter[0] += 1
    return '%s%d' % (m.group(), counter[0])
print(re.sub(r'[aeiou]', numbered, 'education'))

p = re.compile(r'(\d+)-(\d+)')
print(p.sub(r'\2-\1', '1-2 33-44'))
print(p.sub(r'\2-\1', '1-2 33-44', 1))
print(p.subn(lambda m: str(int(m.group(1)) + int(m.group(2))), '1-2 33-44'))
print(p.sub(repl=r'<\g<0>>', string='5-6'))

# bytes
print(re.sub(rb'\d', b'#', b'a1b2'))
print(re.sub(rb'(\w)(\w)', rb'\2\1', b'abcd'))
print(re.sub(b'b', lambda m: b'BB', b'abc'))

# errors in templates
for tpl in [r'\3', r'\g<x>', r'\g<', r'\g<1', r'\q', 'a\\', r'\g<a b>', r'\g<>']:
    try:
        print(re.sub(r'(a)(b)', tpl, 'ab'))
    except re.error as e:
        print('error', e)
    except IndexError as e:
        print('IndexError', e)
for bad in [1, None]:
    try:
        re.sub('a', bad, 'abc')
    except TypeError:
        print('TypeError')
try:
    re.sub('a', lambda m: 1, 'abc')
except TypeError:
    print('TypeError')
try:
    re.sub('a', b'x', 'abc')
except TypeError:
    print('TypeError')
try:
    re.sub(b'a', 'x', b'abc')
except TypeError:
    print('TypeError')
# a negative count replaces nothing
print(re.sub('a', 'b', 'aaa', -1), re.subn('a', 'b', 'aaa', count=-2))
