import random

random.seed(42)
seqs = [[1, 2, 3], (4, 5), 'xyz', b'\x01\x02', range(10, 20), [None], bytearray(b'ab')]
for s in seqs:
    vals = [random.choice(s) for _ in range(50)]
    print(type(s).__name__, all(v in s for v in vals))
print(random.choice([42]), random.choice('q'))
seen = set(random.choice('abcd') for _ in range(200))
print(sorted(seen))
for empty in [[], (), '', range(0), b'']:
    try:
        random.choice(empty)
    except IndexError as e:
        print(type(e).__name__)
try:
    random.choice(5)
except TypeError as e:
    print(type(e).__name__)
