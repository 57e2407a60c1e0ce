def step(v, i):
    if i % 500 == 0:
        return v + 0.5
    return v + 1
v = 0
for i in range(5000):
    v = step(v, i)
print(v)
mixed = [1, 2.5, 'x', (1,), None, True] * 500
counts = {}
for item in mixed:
    name = type(item).__name__
    counts[name] = counts.get(name, 0) + 1
print(counts)
s = 0
for i in range(10000):
    s += i if i % 3 else i / 2
print(s)
