# bytes patterns on bytes-like subjects; mixing str and bytes is a TypeError
import re

m = re.match(rb'(\w+) (\d+)', b'abc 123')
print(m.group(), m.groups(), m.span(2))
print(re.search(rb'\x00\xff+', b'a\x00\xff\xffb').group())
print(re.findall(rb'[\x80-\xff]', bytes([65, 200, 66, 255])))
print(re.sub(rb'\s+', b'_', b'a  b\tc'))
print(re.split(rb',', b'1,2,3'))
print(re.search(b'B', bytearray(b'aBc')).group())
print(re.search(b'B', memoryview(b'aBc')).span())
print(re.match(b'(?i)abc', b'AbC').group())
print(re.compile(b'x').pattern, re.compile(b'x').flags)
print(re.fullmatch(rb'\d+', b'123').group())
print(re.escape(b'a.b'))
m = re.match(rb'(?P<n>\w)', b'z')
print(m.groupdict(), m.group('n'))
for pat, s in [('a', b'a'), (b'a', 'a'), ('a', bytearray(b'a'))]:
    try:
        re.match(pat, s)
    except TypeError:
        print('TypeError')
for fn in [re.search, re.findall, re.split]:
    try:
        fn(b'a', 'abc')
    except TypeError:
        print('TypeError', fn.__name__)
for s in [1, None, ['a']]:
    try:
        re.match('a', s)
    except TypeError:
        print('TypeError')
for p in [1, None]:
    try:
        re.compile(p)
    except TypeError:
        print('TypeError')
try:
    re.compile(b'\\u0041')
except re.error as e:
    print('error', e)
