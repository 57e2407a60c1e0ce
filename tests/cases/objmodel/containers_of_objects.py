class K:
    def __init__(self, k): self.k = k
    def __eq__(self, o):
        print('eq', self.k, getattr(o, 'k', o))
        return isinstance(o, K) and self.k == o.k
    def __hash__(self): return self.k
a, b, c = K(1), K(4), K(1)
d = {a: 'a'}
print(d.get(b, 'miss'))
print(d[c])
s = {a, b}
print(c in s, len(s))
print([a, b].index(K(4)) if True else None)
print(K(7) in [a, b], (a,) == (c,), [a] != [c])
lst = [b, a]
lst.remove(K(1))
print([x.k for x in lst])
print(a in {a}, a in [a])  # identity short-circuit: no eq printed
