# MicroPython programs import ure; CPython has only re
try:
    import ure as re
except ImportError:
    import re

r = re.compile('([a-z]+)([0-9]+)')
m = r.match('abc123def')
print(m.group(0), m.group(1), m.group(2), m.groups(), m.start(2), m.end(2), m.span())
print(r.search('xx ab12').group(1))
print(r.sub('<\\2\\1>', 'ab12 cd34'))
print(r.split('ab12cd34ef'))
print(re.match('a|b', 'b').group(0))
print(re.search('\\d', 'x5').group(0))
print(re.sub('a', 'b', 'aXa', 1))
print(re.split(',', 'a,b,c', 1))
