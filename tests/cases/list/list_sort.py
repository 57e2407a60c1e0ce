l = [5, 2, 8, 1, 9, 3]
l.sort()
print(l)
l.sort(reverse=True)
print(l)
words = ['pear', 'fig', 'banana', 'kiwi', 'apple']
words.sort(key=len)
print(words)
words.sort(key=lambda w: w[-1])
print(words)
print(sorted(words), sorted(words, key=len, reverse=True))
recs = [('bob', 25), ('alice', 30), ('carol', 25), ('dave', 30)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: (-r[1], r[0])))
print(sorted([3, 1, 2]), sorted([]), sorted([1]))
try:
    [1, 'a'].sort()
except TypeError:
    print('TypeError')
big = [(i * 7919) % 1000 for i in range(500)]
big.sort()
print(big[:10], big[-5:], big == sorted(big))
