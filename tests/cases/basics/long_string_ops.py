s = 'abc' * 10000
print(len(s), s.count('abc'), s.find('cab'), s[-5:], s[14999:15002])
words = ' '.join(str(i) for i in range(2000))
print(len(words), words[:30], words.split()[-1], len(words.split()))
r = s.replace('b', '')
print(len(r), r[:6])
big = ''.join(chr(97 + i % 26) for i in range(5000))
print(big[:30], big.count('z'), big.upper()[26:52])
