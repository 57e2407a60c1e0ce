class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
a, b, c = P(1, 2), P(1, 2), P(2, 1)
print(a == b, a == c, a != b, a != c, a is b, a == 5)
s = {a, b, c}
print(len(s), P(2, 1) in s)
d = {a: 'first'}
d[b] = 'second'
print(len(d), d[P(1, 2)])
print([a, c].index(P(2, 1)), [a, b, c].count(P(1, 2)), P(1, 2) in [c, b])
class NeqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
print(NeqOnly(1) != NeqOnly(1), NeqOnly(1) != NeqOnly(2))
