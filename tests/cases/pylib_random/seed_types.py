import random

for s in [0, 1, 12345, 2**100, 'hello', b'bytes', bytearray(b'ba'), 1.5, None, True]:
    random.seed(s)
    a = [random.random() for _ in range(3)]
    if s is not None:
        random.seed(s)
        b = [random.random() for _ in range(3)]
        print(repr(s), a == b, all(0.0 <= v < 1.0 for v in a))
random.seed('abc')
p = random.getrandbits(32)
random.seed('abd')
print(p != random.getrandbits(32))
for bad in [[1], (1, 2), {}, object()]:
    try:
        random.seed(bad)
        print('no error')
    except TypeError as e:
        print(type(e).__name__)
