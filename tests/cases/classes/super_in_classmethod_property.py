class Base:
    @classmethod
    def name(cls):
        return 'Base:' + cls.__name__
    @property
    def tag(self):
        return 'base-tag'
    def __repr__(self):
        return 'Base()'
class Derived(Base):
    @classmethod
    def name(cls):
        return 'Derived>' + super().name()
    @property
    def tag(self):
        return 'derived+' + super().tag
    def __repr__(self):
        return 'Derived/' + super().__repr__()
d = Derived()
print(Derived.name(), d.name(), d.tag, repr(d), Base.name())
