# flags: IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII, inline and scoped flags
import re

print(int(re.I), int(re.IGNORECASE), int(re.M), int(re.MULTILINE), int(re.S),
      int(re.DOTALL), int(re.X), int(re.VERBOSE), int(re.A), int(re.ASCII), int(re.U))
print(re.match('hello', 'HeLLo', re.I).group())
print(re.match('[a-z]+', 'ABCdef', re.IGNORECASE).group())
print(re.match('[^a-z]+', 'ABCdef', re.I))
print(re.match('[^a-z]+', '123ABC', re.I).group())
print(re.match('[A-Z0-9_]+', 'abc_09Z!', re.I).group())
print(re.search('x[y]z', 'XYZ', re.I).group())
print(re.search('[^x]', 'xX1', re.I).group())
print(re.findall('^\\w+', 'ab\ncd\nef'))
print(re.findall('^\\w+', 'ab\ncd\nef', re.M))
print(re.findall('\\w+$', 'ab\ncd\nef', re.M))
print(re.findall('\\w+$', 'ab\ncd\nef\n'))
print(re.search('a.b', 'a\nb'))
print(re.search('a.b', 'a\nb', re.S).group() == 'a\nb')
print(re.search('a.*b', 'a\n\nb', re.DOTALL | re.M).span())
p = re.compile(r'''
    (?P<int>\d+)      # integer part
    (?:\.(?P<frac>\d+))?   # optional fraction
    \ units           # escaped space
''', re.VERBOSE)
print(p.match('12.5 units').groupdict())
print(p.match('7 units').groupdict())
print(re.match(r'(?x) a  b # c', 'ab').group())
print(re.match(r'(?x)[ ]a', ' a').group())
print(re.match(r'(?i)abc', 'ABC').group())
print(re.match(r'(?i)a|b', 'B').group())
print(re.match(r'(?s).+', 'a\nb').group() == 'a\nb')
print(re.findall(r'(?m)^x', 'x\nx\nyx'))
print(re.match(r'(?im)^abc$', 'x\nABC\n') is None, re.search(r'(?im)^abc$', 'x\nABC\n').span())
print(re.match(r'a(?i:b)c', 'aBc').group())
print(re.match(r'a(?i:b)c', 'aBC'))
print(re.match(r'(?i)a(?-i:b)c', 'AbC').group())
print(re.match(r'(?i)a(?-i:b)c', 'ABC'))
print(re.match(r'(?s:.)\.', '\n.') is not None)
print(re.match(r'\w+', 'abc', re.A).group())
print(re.match(r'(?a)\w+', 'abc').group())
print(re.compile('a').flags, re.compile('a', re.I).flags, re.compile('(?i)a').flags)
print(re.compile('a', re.A).flags, re.compile(b'a').flags, re.compile(b'a', re.I).flags)
print(re.compile('(?ms)a', re.I).flags)
print(re.compile('a', re.I | re.M))
print(re.compile('a', re.S | re.X))
print(re.compile('a', re.A))
print(re.compile(b'a', re.I))
print(re.compile('a'))
print(re.compile('(?i)a'))
# flags with a compiled pattern
p = re.compile('a', re.I)
print(re.compile(p) is p)
print(re.match(p, 'A').group())
try:
    re.compile(p, re.M)
except ValueError:
    print('ValueError')
for pat, fl in [('a', re.L), (b'a', re.U), ('a', re.A | re.U)]:
    try:
        re.compile(pat, fl)
    except ValueError:
        print('ValueError')
