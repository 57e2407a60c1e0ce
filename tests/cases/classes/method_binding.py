class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    def add(self, n):
        return self.v + n
c1, c2 = C(1), C(2)
g1 = c1.get
print(g1(), c2.get(), C.get(c2), C.add(c1, 10))
methods = [c.add for c in (c1, c2)]
print([m(100) for m in methods])
c1.v = 50
print(g1())
print(list(map(C.get, [c1, c2])))
c1.get = lambda: 'instance override'
print(c1.get(), c2.get())
print(g1.__self__ is c1 if hasattr(g1, '__self__') else True)
