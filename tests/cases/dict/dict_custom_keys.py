class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
d = {Key(1): 'one', Key(2): 'two'}
print(d[Key(1)], d[Key(2)], Key(3) in d, len(d))
d[Key(1)] = 'uno'
print(len(d), d[Key(1)])
class Plain:
    pass
p = Plain()
q = Plain()
e = {p: 'p', q: 'q'}
print(e[p], e[q], len(e))
