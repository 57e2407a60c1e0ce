class Counter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
    @classmethod
    def how_many(cls):
        return cls.instances
    @classmethod
    def from_list(cls, items):
        obj = cls()
        obj.items = list(items)
        return obj
class Sub(Counter):
    instances = 0
Counter(); Counter(); Sub()
print(Counter.how_many(), Sub.how_many())
o = Sub.from_list((1, 2))
print(type(o).__name__, o.items, Sub.how_many(), Counter.how_many())
class Alt:
    @classmethod
    def alt(cls, *args, **kw):
        return cls.__name__, args, sorted(kw.items())
print(Alt.alt(1, 2, z=3, a=1))
print(Alt().alt())
def plain(cls, v): return cls.__name__ * v
Alt.p = classmethod(plain)
print(Alt.p(2), Alt().p(1))
Alt.q = staticmethod(plain)
print(Alt.q(Alt, 3))
class WithSuper(Alt):
    @classmethod
    def alt(cls, *a, **k):
        r = super().alt(*a, **k)
        return ('sub',) + r
print(WithSuper.alt(9))
