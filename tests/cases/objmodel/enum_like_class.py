class EnumMeta(type):
    def __new__(mcs, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith('_') and isinstance(v, int)}
        cls = super().__new__(mcs, name, bases, ns)
        cls._members = {}
        for k, v in sorted(members.items(), key=lambda kv: kv[1]):
            inst = object.__new__(cls)
            inst.name, inst.value = k, v
            setattr(cls, k, inst)
            cls._members[k] = inst
        return cls
    def __iter__(cls): return iter(cls._members.values())
    def __len__(cls): return len(cls._members)
    def __getitem__(cls, name): return cls._members[name]
    def __contains__(cls, m): return isinstance(m, cls)
class Enum(metaclass=EnumMeta):
    def __repr__(self): return '<%s.%s: %d>' % (type(self).__name__, self.name, self.value)
    def __str__(self): return '%s.%s' % (type(self).__name__, self.name)
    def __eq__(self, o): return self is o
    def __hash__(self): return hash(self.name)
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(list(Color), len(Color), Color['GREEN'], repr(Color.RED), Color.RED in Color, 5 in Color)
print(Color.RED == Color.RED, Color.RED == Color.BLUE, {Color.RED: 'r'}[Color['RED']], Color.BLUE.value)
print(sorted(c.name for c in Color), type(Color.RED).__name__, isinstance(Color.RED, Enum))
