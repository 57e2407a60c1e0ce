s = 'héllo wörld €'
print(len(s), s.upper(), s[1], s[-1], s[::-1], s.find('€'), s.encode('utf-8'))
print(s.split(), s.replace('ö', 'o'), 'é' in s, ord(s[1]), chr(233))
b = s.encode()
print(len(b), b.decode() == s)
print('\u00e9' == 'é', '\x41\101\u0041')
print(repr('tab\there'), repr("quote'"), repr('both\'"'), repr('\x00\x7f'), repr('é'))
print(sorted('cba€'), max('aé'), 'ü'.isalpha() if True else True)
for ch in 'aé€':
    print(ch, ord(ch), len(ch.encode()))
