# groups, spans, named groups, backreferences, match object API
import re

m = re.match(r'(\w+)@(\w+)\.(com|org)', 'alice@example.org rest')
print(m.group(), m.group(0), m.group(1), m.group(3))
print(m.group(1, 2, 3))
print(m.groups())
print(m.span(), m.span(1), m.span(2), m.span(3))
print(m.start(), m.end(), m.start(2), m.end(2))
print(m[0], m[1], m[2])
print(m.lastindex, m.lastgroup)
print(m.string)
print(m.re.pattern)
print(m.pos, m.endpos)
print(m.regs)

# optional groups that did not take part
m = re.match(r'(a)(b)?(c)?', 'ac')
print(m.groups())
print(m.groups('-'))
print(m.groups(default=0))
print(m.group(2), m.span(2), m.start(2), m.end(2))
print(m.lastindex)

# nested groups, lastindex
m = re.match(r'((a)(b))(c)', 'abc')
print(m.groups(), m.lastindex)
m = re.match(r'(a(b))', 'ab')
print(m.lastindex)
m = re.match(r'(a)|(b)', 'b')
print(m.groups(), m.lastindex)
print(re.match(r'a', 'a').lastindex, re.match(r'a', 'a').lastgroup)

# repeated groups keep the last iteration
m = re.match(r'(\d)+', '12345')
print(m.group(1), m.span(1))
m = re.match(r'(?:(a)|b)*', 'ab')
print(m.groups())
m = re.match(r'(a|(b))+', 'aba')
print(m.groups())

# named groups
p = re.compile(r'(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)(?P<time>T\d\d:\d\d)?')
m = p.search('date: 2024-02-29 ok')
print(m.group('year'), m.group('month', 'day'), m['day'])
print(m.groupdict())
print(m.groupdict('none'))
print(m.span('month'), m.start('day'), m.end('year'))
print(m.lastgroup, m.lastindex)
print(p.groups, sorted(p.groupindex.items()))
m = re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe')
print(m.lastgroup, m.groupdict())

# backreferences
print(re.search(r'(\w)\1', 'abccba').group())
print(re.search(r'(?P<q>[\'"]).*?(?P=q)', 'say "hi" now').group())
print(re.match(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10', 'abcdefghijj').group(10))
print(re.search(r'(a+)b\1', 'aaabaa').group())
print(re.match(r'(a+)b\1', 'aabaaa').group())
print(re.search(r'(?i)(ab)\1', 'xABab').group())
print(re.search(r'\b(\w+) \1\b', 'this is is a test').group(1))

# conditional group
p = re.compile(r'(<)?(\w+)(?(1)>)$')
print([bool(p.match(s)) for s in ['<a>', 'a', '<a', 'a>']])
p = re.compile(r'(?P<q>")?\w+(?(q)"|!)')
print([bool(p.match(s)) for s in ['"a"', 'a!', '"a!', 'a"']])

# group errors
m = re.match(r'(a)(?P<n>b)', 'ab')
for g in [3, -1, 'x', 1.0, None]:
    try:
        print(m.group(g))
    except IndexError as e:
        print('IndexError', e)
for g in [5, 'zz']:
    try:
        m.span(g)
    except IndexError as e:
        print('IndexError', e)
    try:
        m[g]
    except IndexError as e:
        print('IndexError', e)
print(m.group(True))
print(m.group('n'), m.start('n'))

# match repr
print(repr(re.match('a+', 'aaa')))
print(repr(re.search('b', 'abc')))
print(repr(re.match(b'x', b'x')))
print(repr(re.match('', 'abc')))
m = re.match(r'(a)?b', 'b')
print(m.span(1), m.group(1), m.groups())
# expand
m = re.match(r'(?P<a>\w+) (\w+)', 'hello world')
print(m.expand(r'\2 \1 \g<a> \g<2>\n!'))
# long reprs are cut as CPython cuts them
print(re.match('a*', 'a' * 100))
print(re.match('.*', 'é' * 60))
print(re.compile('b' * 300))
print(re.compile('(é)' * 80))
