import random

def draw():
    return ([random.getrandbits(32) for _ in range(5)],
            [random.randrange(1000) for _ in range(5)],
            [random.random() for _ in range(3)],
            random.choice('abcdefgh'), random.randint(-50, 50),
            random.uniform(-1.0, 1.0))

random.seed(42)
a = draw()
random.seed(42)
b = draw()
random.seed(43)
c = draw()
print(a == b, a == c)
random.seed(0)
x = random.getrandbits(32)
random.seed(0)
print(x == random.getrandbits(32))
random.seed()
d = draw()
random.seed()
e = draw()
print(d == e)
print(random.seed(1) is None)
