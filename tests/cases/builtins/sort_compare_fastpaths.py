recs = [(3, 'b', 1.5), (1, 'z', 2.0), (3, 'a', 0.5), (1, 'z', 1.0), (2,), (2, 'x')]
print(sorted(recs))
print(sorted(['b', 'ä', 'a', 'Z', '€', 'ab']), 'a' < 'b', 'b' <= 'a', 'x' > 'w', 'é' >= 'z')
print(sorted([2.5, -1.0, float('inf'), 0.0]))
print((1, 2) < (1, 2, 0), (1, 'a') < (1, 'b'), () < (0,), (float('nan'),) < (float('nan'),))
try:
    sorted([(1, 'a'), (1, 2)])
except TypeError as e:
    print('TypeError')
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v > o.v
    def __repr__(self): return 'K%d' % self.v
print(sorted([(1, K(1)), (1, K(3)), (0, K(2))]))
x = 5
def f(): return x
for i in range(3):
    x = i
print(x, f())
