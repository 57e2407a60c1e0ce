import random

random.seed(42)
pop = list(range(50))
s = random.sample(pop, 10)
print(len(s), len(set(s)), all(v in pop for v in s))
print(sorted(random.sample(pop, 50)) == pop)
print(random.sample(pop, 0))
print(sorted(random.sample('abcde', 5)))
print(sorted(random.sample(range(1000), 5))[0] >= 0)
for k in [51, -1]:
    try:
        random.sample(pop, k)
    except ValueError as e:
        print(type(e).__name__)
try:
    random.sample({1, 2, 3}, 2)
except TypeError as e:
    print(type(e).__name__)
c = random.choices('ab', k=20)
print(len(c), set(c) <= {'a', 'b'})
c = random.choices(['x', 'y', 'z'], weights=[0, 1, 0], k=10)
print(c)
c = random.choices(['x', 'y', 'z'], cum_weights=[0, 0, 5], k=5)
print(c)
print(len(random.choices(range(5))))
for kw in [{'weights': [1, 2]}, {'weights': [0, 0, 0]}]:
    try:
        random.choices(['x', 'y', 'z'], **kw)
    except ValueError as e:
        print(type(e).__name__)
try:
    random.choices('abc', weights=[1, 1, 1], cum_weights=[1, 2, 3])
except TypeError as e:
    print(type(e).__name__)
counts = {'a': 0, 'b': 0}
for v in random.choices('ab', weights=[1, 3], k=2000):
    counts[v] += 1
print(1300 < counts['b'] < 1700)
