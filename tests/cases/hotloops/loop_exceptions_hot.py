errors = 0
ok = 0
for i in range(20000):
    try:
        if i % 7 == 0:
            raise ValueError(i)
        ok += 1
    except ValueError as e:
        errors += 1
print(errors, ok)
d = {}
misses = 0
for i in range(10000):
    k = i % 100
    try:
        d[k] += 1
    except KeyError:
        misses += 1
        d[k] = 1
print(misses, d[0], d[99], sum(d.values()))
def check(n):
    if n % 1000 == 999:
        raise IndexError
    return n
caught = 0
for i in range(10000):
    try:
        check(i)
    except IndexError:
        caught += 1
print(caught)
