parts = []
for i in range(5000):
    parts.append(str(i % 10))
s = ''.join(parts)
print(len(s), s[:20], s.count('7'))
acc = ''
for i in range(2000):
    acc += chr(97 + i % 26)
print(len(acc), acc[-26:])
words = {}
text = 'the quick brown fox jumps over the lazy dog ' * 500
for w in text.split():
    words[w] = words.get(w, 0) + 1
print(sorted(words.items()))
n = 0
for ch in text:
    if ch in 'aeiou':
        n += 1
print(n)
