g = (x * x for x in range(5))
print(type(g).__name__, list(g), list(g))
print(sum(x for x in range(10)), max(len(w) for w in ['a', 'abc', 'ab']))
print(list(x for x in 'abc' if x != 'b'))
print(sorted((y, x) for x, y in {'a': 2, 'b': 1}.items()))
print(any(x > 3 for x in [1, 5]), all(x > 3 for x in [1, 5]))
print(''.join(c.upper() for c in 'gen'))
print(dict((i, i * i) for i in range(4)))
print(set(x % 3 for x in range(10)) == {0, 1, 2})
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
print(tuple(n for n in range(3)))
total = 0
for v in (i for i in range(100) if i % 7 == 0):
    total += v
print(total)
