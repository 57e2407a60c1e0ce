class Meta(type):
    _registry = {}
    @property
    def config(cls):
        return Meta._registry.get(cls.__name__, 'unset')
    @config.setter
    def config(cls, v):
        Meta._registry[cls.__name__] = v
    def __getattr__(cls, name):
        return 'meta-getattr:' + name
    def __setattr__(cls, name, v):
        if name == 'blocked':
            raise AttributeError(name)
        super().__setattr__(name, v)
class C(metaclass=Meta):
    real = 'real'
print(C.config, C.real, C.missing)
C.config = 'cfg'
print(C.config, Meta._registry)
C.other = 5
print(C.other)
try:
    C.blocked = 1
except AttributeError as e:
    print(type(e).__name__)
print(hasattr(C, 'anything'), getattr(C, 'zzz'))
try:
    C().missing
except AttributeError as e:
    print(type(e).__name__)
class M2(type):
    def __delattr__(cls, name):
        print('meta delattr', name)
        super().__delattr__(name)
class D(metaclass=M2):
    x = 1
del D.x
print(hasattr(D, 'x'))
