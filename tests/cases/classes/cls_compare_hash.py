class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __eq__(self, o):
        return self.v == o.v
    def __hash__(self):
        return hash(self.v)
    def __repr__(self):
        return 'K%d' % self.v
ks = [K(3), K(1), K(2)]
print(sorted(ks), min(ks), max(ks))
print(K(1) < K(2), K(2) > K(1), K(1) == K(1))
s = {K(1), K(1), K(2)}
print(len(s))
d = {K(5): 'five'}
print(d[K(5)])
class NoHash:
    def __eq__(self, o):
        return True
try:
    hash(NoHash())
except TypeError:
    print('unhashable')
