class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        print('iadd')
        self.v += o
        return self
    def __add__(self, o):
        print('add')
        return Acc(self.v + o)
    def __radd__(self, o):
        print('radd')
        return Acc(o + self.v)
    def __rsub__(self, o):
        return Acc(o - self.v)
    def __repr__(self):
        return 'Acc(%d)' % self.v
a = Acc(1)
b = a
a += 5
print(a, b, a is b)
print(a + 1, 1 + a, 10 - a)
class NoAdd:
    pass
try:
    NoAdd() + 1
except TypeError:
    print('TypeError')
try:
    1 + NoAdd()
except TypeError:
    print('TypeError')
