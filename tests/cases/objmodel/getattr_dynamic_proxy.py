class Recorder:
    def __init__(self):
        self._calls = []
    def __getattr__(self, name):
        def method(*args, **kw):
            self._calls.append((name, args, sorted(kw.items())))
            return self
        return method
r = Recorder()
r.open('f').write(b'x', mode=1).close()
print(r._calls)
class Wrapper:
    def __init__(self, obj): self._obj = obj
    def __getattr__(self, name):
        return getattr(self._obj, name)
    def __len__(self): return len(self._obj)
w = Wrapper([3, 1, 2])
w.sort()
print(w._obj, w.index(2), len(w), w.count(1))
try:
    w.nonexistent
except AttributeError as e:
    print(type(e).__name__)
class Default:
    def __getattr__(self, name):
        if name.startswith('__'):
            raise AttributeError(name)
        return 0
d = Default()
d.x += 5
print(d.x, d.y, vars(d))
class Chained:
    def __init__(self, path=()): self.path = path
    def __getattr__(self, name): return Chained(self.path + (name,))
    def __call__(self): return '.'.join(self.path)
print(Chained().a.b.c())
