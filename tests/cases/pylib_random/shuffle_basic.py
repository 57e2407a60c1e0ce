import random

random.seed(42)
for n in [0, 1, 2, 5, 20]:
    lst = list(range(n))
    random.shuffle(lst)
    print(n, sorted(lst) == list(range(n)), len(lst))
lst = list(range(30))
random.shuffle(lst)
print(lst != list(range(30)))
words = ['b', 'a', 'c', 'a']
random.shuffle(words)
print(sorted(words))
first = [0] * 4
for _ in range(400):
    l = [0, 1, 2, 3]
    random.shuffle(l)
    first[l[0]] += 1
print(all(50 < c < 150 for c in first))
ba = bytearray(b'abcdef')
random.shuffle(ba)
print(sorted(ba) == sorted(b'abcdef'))
try:
    random.shuffle((1, 2, 3))
except TypeError as e:
    print(type(e).__name__)
random.seed(7)
p = list(range(10))
random.shuffle(p)
random.seed(7)
q = list(range(10))
random.shuffle(q)
print(p == q)
