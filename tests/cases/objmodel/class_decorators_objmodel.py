def add_repr(cls):
    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, ', '.join('%s=%r' % kv for kv in sorted(vars(self).items())))
    cls.__repr__ = __repr__
    return cls
def total_ordering_lt(cls):
    cls.__gt__ = lambda a, b: b < a
    cls.__le__ = lambda a, b: not b < a
    cls.__ge__ = lambda a, b: not a < b
    return cls
@add_repr
@total_ordering_lt
class Item:
    def __init__(self, n, w): self.n = n; self.w = w
    def __lt__(self, o): return self.w < o.w
a, b = Item('a', 2), Item('b', 5)
print(a, b, a < b, a > b, a <= b, a >= b, max(a, b))
def singleton(cls):
    inst = cls()
    return inst
@singleton
class Config:
    debug = True
print(Config.debug, type(Config).__name__)
def register(registry):
    def deco(cls):
        registry[cls.__name__] = cls
        return cls
    return deco
REG = {}
@register(REG)
class One: pass
@register(REG)
class Two(One): pass
print(sorted(REG), issubclass(REG['Two'], REG['One']))
def with_slots_check(cls):
    cls.checked = True
    return cls
@with_slots_check
class Derived(Two): pass
print(Derived.checked, hasattr(Two, 'checked'))
