import random

for args in [(0,), (-5,), (5, 5), (5, 4), (0, 10, 0), (0, 10, -1), (10, 0, 1),
             (1.5,), (0, 2.5), (0, 10, 1.5), ('5',)]:
    try:
        random.randrange(*args)
        print(args, 'no error')
    except ValueError as e:
        print(args, type(e).__name__)
for args in [(None,), ([1],), (0, [2])]:
    try:
        random.randrange(*args)
    except TypeError as e:
        print(args, type(e).__name__)
try:
    random.randrange(10, step=2)
except TypeError as e:
    print(type(e).__name__)
print(random.randrange(3, 5) in (3, 4))
