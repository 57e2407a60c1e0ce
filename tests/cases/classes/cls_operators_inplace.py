class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __lshift__(self, n):
        return 'shift %d' % n
    def __and__(self, o):
        return 'and'
    def __floordiv__(self, o):
        return 'floordiv'
    def __mod__(self, o):
        return 'mod'
    def __pow__(self, o):
        return 'pow'
a = Acc()
a += 1
a += 2
print(a.items, a << 3, a & 1, a // 2, a % 3, a ** 2)
class N:
    def __init__(self, v): self.v = v
    def __add__(self, o): return N(self.v + o.v)
n = N(1)
n += N(2)
print(n.v)
try:
    Acc() + 1
except TypeError:
    print('TypeError')
