class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return ('eq', self.v, getattr(o, 'v', o))
    def __ne__(self, o): return ('ne', self.v, getattr(o, 'v', o))
    def __lt__(self, o): return ('lt', self.v, getattr(o, 'v', o))
    def __le__(self, o): return ('le', self.v, getattr(o, 'v', o))
    def __gt__(self, o): return ('gt', self.v, getattr(o, 'v', o))
    def __ge__(self, o): return ('ge', self.v, getattr(o, 'v', o))
a, b = V(1), V(2)
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
# reflected: int has no comparison with V -> V's reflected method
print(5 == a, 5 != a, 5 < a, 5 <= a, 5 > a, 5 >= a)
print('s' < a, [1] > a, None == a)
class W:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
w = [W(3), W(1), W(2)]
print([x.v for x in sorted(w)], max(w).v, min(w).v)
print(W(5) > W(1))      # reflected __lt__
try:
    W(1) <= W(2)
except TypeError as e:
    print(type(e).__name__)
