class Ver:
    def __init__(self, *parts): self.parts = parts
    def __eq__(self, o): return self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
    def __le__(self, o): return self.parts <= o.parts
    def __gt__(self, o): return self.parts > o.parts
    def __ge__(self, o): return self.parts >= o.parts
    def __repr__(self): return 'v' + '.'.join(map(str, self.parts))
vs = [Ver(1, 2), Ver(1, 0, 5), Ver(0, 9), Ver(1, 2, 0)]
print(sorted(vs), max(vs), min(vs))
print(Ver(1) < Ver(1, 0) < Ver(2), Ver(1) == Ver(1) != Ver(2))
print(sorted(vs, reverse=True))
print((Ver(1), 2) < (Ver(1), 3), [Ver(2)] > [Ver(1)])
try:
    hash(Ver(1))
except TypeError as e:
    print(type(e).__name__)
try:
    Ver(1) < 5
except AttributeError as e:
    print(type(e).__name__)
class Plain: pass
for op in ['<', '<=', '>', '>=']:
    try:
        eval('Plain() %s Plain()' % op)
    except TypeError as e:
        print(op, type(e).__name__)
p = Plain()
print(p == p, p != p, p == Plain(), p is p)
