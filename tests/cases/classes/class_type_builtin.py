def init(self, v):
    self.v = v
Dyn = type('Dyn', (), {'x': 1, '__init__': init, 'double': lambda self: self.v * 2})
d = Dyn(21)
print(Dyn.__name__, d.x, d.double(), type(d).__name__)
Sub = type('Sub', (Dyn,), {'y': 2})
s = Sub(5)
print(s.x, s.y, s.double(), isinstance(s, Dyn))
print(type(5).__name__, type('s') is str, type([]) is list, type(type) is type)
