class RegistryMeta(type):
    registry = {}
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        if bases:
            key = kw.get('key', name.lower())
            mcs.registry[key] = cls
        return cls
    def __iter__(cls):
        return iter(sorted(k for k, v in type(cls).registry.items() if issubclass(v, cls) and v is not cls))
    def create(cls, key, *args):
        return type(cls).registry[key](*args)
class Handler(metaclass=RegistryMeta):
    def __init__(self, arg=None): self.arg = arg
class JSON(Handler, key='json'): pass
class XML(Handler): pass
class Pretty(JSON, key='pretty'): pass
print(sorted(RegistryMeta.registry), list(Handler), list(JSON))
h = Handler.create('xml', 5)
print(type(h).__name__, h.arg, isinstance(h, Handler))
print(type(Pretty).__name__, Pretty.__mro__[1].__name__)
