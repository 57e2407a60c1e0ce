import random

a = random.Random(5)
b = random.Random(5)
print([a.randrange(100) for _ in range(10)] == [b.randrange(100) for _ in range(10)])
c = random.Random(6)
print(a.random() != c.random())
st = a.getstate()
x = [a.random() for _ in range(5)]
a.setstate(st)
print(x == [a.random() for _ in range(5)])
random.seed(1)
g1 = random.random()
r = random.Random(99)
r.random()
random.seed(1)
print(g1 == random.random())
st = random.getstate()
y = random.getrandbits(32)
random.setstate(st)
print(y == random.getrandbits(32))
class Mine(random.Random):
    pass
m = Mine(3)
print(0 <= m.randint(1, 10) <= 10, isinstance(m, random.Random))
