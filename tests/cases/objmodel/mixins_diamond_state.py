class Serializable:
    def to_dict(self):
        d = {}
        for klass in reversed(type(self).__mro__):
            for name in getattr(klass, 'fields', ()):
                d[name] = getattr(self, name)
        return d
class Comparable:
    def __eq__(self, o): return type(self) is type(o) and self.to_dict() == o.to_dict()
    def __hash__(self): return hash(tuple(sorted(self.to_dict().items())))
class Entity(Serializable, Comparable):
    fields = ('id',)
    def __init__(self, id): self.id = id
class Named(Entity):
    fields = ('name',)
    def __init__(self, id, name):
        super().__init__(id)
        self.name = name
class Tagged(Entity):
    fields = ('tag',)
    def __init__(self, id, tag='t'):
        super().__init__(id)
        self.tag = tag
class Both(Named, Tagged):
    fields = ('extra',)
    def __init__(self, id, name, tag, extra):
        Named.__init__(self, id, name)
        Tagged.__init__(self, id, tag)
        self.extra = extra
b = Both(1, 'n', 'x', 'e')
print(sorted(b.to_dict().items()))
print(b == Both(1, 'n', 'x', 'e'), b == Both(2, 'n', 'x', 'e'), len({b, Both(1, 'n', 'x', 'e')}))
print([k.__name__ for k in Both.__mro__])
print(Named(1, 'a') == Named(1, 'a'), Named(1, 'a') == Tagged(1))
