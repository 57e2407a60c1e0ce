class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns.setdefault('tag', name)
        return super().__new__(mcs, name, bases, ns)
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.via_meta = True
        return inst
    def describe(cls):
        return 'class %s tag=%s' % (cls.__name__, cls.tag)
class SubMeta(Meta):
    def describe(cls):
        return 'Sub:' + super().describe()
class A(metaclass=SubMeta):
    def __init__(self, v): self.v = v
a = A(3)
print(a.v, a.via_meta, A.describe(), A.tag)
class B(A):
    tag = 'custom'
print(B.describe(), B(1).via_meta)
print(super(SubMeta, A).describe())
