class P:
    pass
a, b = P(), P()
print(a == a, a == b, a != b, a is a)
print(a in [a], a in [b], [a].count(a), [a, b].index(b))
d = {a: 1, b: 2}
print(d[a], d[b], len({a, b, a}))
class WithEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        if not isinstance(o, WithEq):
            return NotImplemented
        return self.v == o.v
print(WithEq(1) == WithEq(1), WithEq(1) == 1, 1 == WithEq(1), WithEq(2) in [WithEq(1), WithEq(2)])
