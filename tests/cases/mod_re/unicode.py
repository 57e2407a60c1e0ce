# non-ASCII str subjects and patterns: positions are code point indices
import re

s = 'naïve café — 東京 and Zürich'
m = re.search('café', s)
print(m.span(), m.group())
print(re.search('東京', s).span())
print(re.findall('[ïé]', s))
print([m.span() for m in re.finditer('[a-z]+', s)])
print(re.sub('é', 'e', s))
print(re.sub('[東京]', lambda m: '<' + m.group() + '>', s))
print(re.split(' ', s))
print(re.split('(—)', s))
print(re.match('.{5}', s).group())
print(re.search('Z.rich', s).group())
print(re.search('ü', s).start(), s.index('ü'))
print(re.findall('.', 'aé東'))
print(re.fullmatch('a.東', 'aé東').span())
print(re.search('[à-ÿ]+', 'xyzàéîõ!').group())
print(re.search('[^a-z ]+', 'abc ÄÖÜ def').group())
print(re.search(r'\u00e9', 'caf\u00e9').span())
print(re.search(r'\U0001F600', 'hi \U0001F600!').span())
print(re.sub('(.)', r'\1.', 'añb'))
p = re.compile('(?P<w>é+)')
m = p.search('xééy')
print(m.groupdict(), m.span('w'), m.start(), m.end())
print(repr(m))
print(re.escape('é.ü'))
print(re.compile('é+'))
print(re.compile('b').search('ééb', 1).span())
print(re.compile('b').search('ééb', 0, 2))
# scanning one non-ASCII string with pos, many times
s = 'héllo wörld ñ ' * 20
p = re.compile(r'\s*(\S+)')
pos = 0
words = []
while True:
    m = p.match(s, pos)
    if not m:
        break
    words.append(m.group(1))
    pos = m.end()
print(len(words), words[:4], pos, len(s))
t = 'añb'
print(re.match('a', t).string is t, re.search('b', t).span(), re.search('ñ', s).span())
