class Key:
    def __init__(self, name): self.name = name
    def __hash__(self): return hash(self.name.lower())
    def __eq__(self, o):
        return isinstance(o, Key) and self.name.lower() == o.name.lower()
    def __repr__(self): return 'Key(%r)' % self.name
d = {Key('Abc'): 1}
d[Key('ABC')] = 2
d[Key('x')] = 3
print(len(d), d[Key('abc')], sorted(d.values()), Key('X') in d)
s = set([Key('a'), Key('A'), Key('b')])
print(len(s), Key('B') in s)
del d[Key('X')]
print(d)
class AlwaysSameHash:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o): return self.v == o.v
objs = {AlwaysSameHash(i): i for i in range(5)}
print(len(objs), objs[AlwaysSameHash(3)])
class IntHash:
    def __hash__(self): return 5
    def __eq__(self, o): return o == 5
print({5: 'int'}.get(IntHash()), {IntHash(): 'obj'}.get(5))
print(hash(Key('q')) == hash('q'), hash(IntHash()))
