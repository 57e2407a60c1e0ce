class Counter:
    def __init__(self):
        object.__setattr__(self, 'hits', {})
    def __getattribute__(self, name):
        hits = object.__getattribute__(self, 'hits')
        hits[name] = hits.get(name, 0) + 1
        return object.__getattribute__(self, name)
    def method(self): return 'm'
c = Counter()
c.method(); c.method()
try:
    c.nope
except AttributeError as e:
    print(type(e).__name__)
print(sorted(object.__getattribute__(c, 'hits').items()))
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_t', target)
    def __getattribute__(self, name):
        if name.startswith('_'):
            return object.__getattribute__(self, name)
        return getattr(object.__getattribute__(self, '_t'), name)
    def __setattr__(self, name, v):
        setattr(object.__getattribute__(self, '_t'), name, v)
class Target:
    def __init__(self): self.v = 1
    def hello(self): return 'hello %d' % self.v
p = Proxy(Target())
p.v = 42
print(p.hello(), p.v, p._t.v)
class AttrErrFallback:
    def __getattribute__(self, name):
        if name == 'boom':
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'getattr saw ' + name
print(AttrErrFallback().boom)
class SuperGA:
    x = 'class-x'
    def __getattribute__(self, name):
        return 'SG:' + super().__getattribute__(name)
print(SuperGA().x)
