s = 'héllo wörld'
print(s, len(s), s[1], s[-4], s[1:4])
print(s.upper() if False else 'skip', s.find('ö'), s.index('w'))
e = '€100'
print(len(e), e[0], e[1:], ord(e[0]), chr(8364))
print('日本語', len('日本語'), '日本語'[1], '日本語'[::-1])
print(s.encode('utf-8'), len(s.encode()))
print(b'h\xc3\xa9'.decode('utf-8'), b'\xe2\x82\xac'.decode())
print('é' < 'z', 'é' > 'e', sorted(['é', 'a', 'z', 'ä']))
print([c for c in 'aé€'], [ord(c) for c in 'aé€😀'])
print('😀', len('😀'), '😀'.encode())
print('ü'.join(['a', 'b']), 'xüy'.split('ü'), 'aéb'.replace('é', 'E'))
print(repr('é€'))
