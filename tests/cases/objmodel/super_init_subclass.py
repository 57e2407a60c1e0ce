registry = []
class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        registry.append((cls.__name__, sorted(kw.items())))
class P(Base): pass
class Q(Base, tag='q', n=2): pass
class R(Q): pass
print(registry)
class Plugin:
    plugins = []
    def __init_subclass__(cls, name=None):
        cls.pname = name or cls.__name__.lower()
        Plugin.plugins.append(cls.pname)
class A(Plugin, name='alpha'): pass
class B(Plugin): pass
print(Plugin.plugins, A.pname, B.pname)
class Mid(Plugin):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.mid = True
class Leaf(Mid, name='leaf'): pass
print(Leaf.pname, Leaf.mid, Plugin.plugins)
try:
    class Bad(Plugin, bogus=1): pass
except TypeError as e:
    print(type(e).__name__)
try:
    class Bad2(object, bogus=1): pass
except TypeError as e:
    print(type(e).__name__)
