class Counter:
    total = 0
    shared = []
    def __init__(self):
        Counter.total += 1
        self.own = []
    def add(self, x):
        self.own.append(x)
        self.shared.append(x)
a = Counter()
b = Counter()
a.add(1)
b.add(2)
print(Counter.total, a.own, b.own, a.shared, Counter.shared)
a.total = 100
print(a.total, b.total, Counter.total)
del a.total
print(a.total)
class Default:
    color = 'red'
x = Default()
print(x.color)
Default.color = 'blue'
print(x.color)
x.color = 'green'
Default.color = 'yellow'
print(x.color, Default().color)
