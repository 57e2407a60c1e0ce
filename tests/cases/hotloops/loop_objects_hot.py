class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def add(self, o):
        return P(self.x + o.x, self.y + o.y)
acc = P(0, 0)
for i in range(20000):
    acc = acc.add(P(i, -i if i % 2 else i))
print(acc.x, acc.y)
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
c = Counter()
for i in range(10000):
    c()
print(c.n)
objs = [P(i, i) for i in range(1000)]
for o in objs:
    if o.x % 100 == 0:
        o.z = 'extra'
print(sum(1 for o in objs if hasattr(o, 'z')), objs[200].z)
