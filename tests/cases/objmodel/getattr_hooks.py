class G:
    real = 'real'
    def __init__(self): self.inst = 'inst'
    def __getattr__(self, name):
        if name.startswith('dyn_'):
            return name[4:]
        raise AttributeError(name)
g = G()
print(g.real, g.inst, g.dyn_abc, getattr(g, 'dyn_x'), hasattr(g, 'nope'), getattr(g, 'nope', 'dflt'))
try:
    g.nope
except AttributeError as e:
    print(type(e).__name__)
class GA:
    def __init__(self): self.x = 1
    def __getattribute__(self, name):
        if name == 'secret':
            return 'intercepted'
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback:' + name
ga = GA()
print(ga.x, ga.secret, ga.missing)
class Logging:
    def __init__(self): object.__setattr__(self, 'log', [])
    def __setattr__(self, name, value):
        self.log.append(('set', name))
        object.__setattr__(self, name, value * 2 if isinstance(value, int) else value)
    def __delattr__(self, name):
        self.log.append(('del', name))
        object.__delattr__(self, name)
lg = Logging()
lg.a = 5
lg.b = 'x'
del lg.a
print(lg.b, hasattr(lg, 'a'), lg.log)
try:
    del lg.zzz
except AttributeError as e:
    print(type(e).__name__)
class ReadOnly:
    def __setattr__(self, n, v):
        raise AttributeError('read-only ' + n)
ro = ReadOnly()
try:
    ro.x = 1
except AttributeError as e:
    print(type(e).__name__)
print(hasattr(ro, 'x'))
class RaiseOther:
    def __getattr__(self, n):
        raise KeyError(n)
try:
    getattr(RaiseOther(), 'q', 'default')
except KeyError as e:
    print('KeyError propagates')
