# atomic groups (?>...) and possessive repeats (CPython 3.11)
import re

print(re.match(r'a(?>bc|b)c', 'abcc').group())
print(re.match(r'a(?>bc|b)c', 'abc'))
print(re.match(r'a(?:bc|b)c', 'abc').group())
print(re.match(r'(?>a+)b', 'aaab').group())
print(re.match(r'(?>a+)a', 'aaaa'))
print(re.match(r'a++a', 'aaaa'))
print(re.match(r'a*+b', 'aaab').group())
print(re.match(r'a?+a', 'a'))
print(re.match(r'a{1,2}+a', 'aaa').group())
print(re.match(r'(?:ab)*+ab', 'ababab'))
print(re.findall(r'"[^"]*+"', 'say "hi" and "bye"'))
m = re.match(r'(?>(a+))(b)', 'aab')
print(m.groups(), m.lastindex, m.span(1))
m = re.match(r'(x)(?>y)', 'xy')
print(m.lastindex, m.groups())
print(re.compile(r'(?>a)(b)').groups)
print(re.sub(r'(?>\d+)-', '#', '12-34-5'))
for pat in ['a*+*', 'a++?', '(?>a']:
    try:
        re.compile(pat)
    except re.error as e:
        print('error', e)
