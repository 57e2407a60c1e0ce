import random

for bad in [-1, -32]:
    try:
        random.getrandbits(bad)
    except ValueError as e:
        print(type(e).__name__)
for bad in [1.5, '8', None, [8]]:
    try:
        random.getrandbits(bad)
    except TypeError as e:
        print(type(e).__name__)
