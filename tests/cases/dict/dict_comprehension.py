print({x: x * x for x in range(5)})
print({c: ord(c) for c in 'abc'})
words = ['apple', 'bob', 'cat', 'apple', 'dog', 'bob']
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
print({w: len(w) for w in words})
inv = {v: k for k, v in {'a': 1, 'b': 2}.items()}
print(inv)
print({(i, j): i * j for i in range(2) for j in range(2)})
print(dict(zip('abc', range(3))))
