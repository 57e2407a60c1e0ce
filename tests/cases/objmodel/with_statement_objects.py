class Resource:
    opened = []
    def __init__(self, name): self.name = name
    def __enter__(self):
        Resource.opened.append(self.name)
        return self
    def __exit__(self, *exc):
        Resource.opened.remove(self.name)
        return False
class Pool(Resource):
    def __enter__(self):
        r = super().__enter__()
        r.size = 3
        return r
with Pool('p') as p:
    print(p.name, p.size, Resource.opened)
print(Resource.opened)
class Suppress:
    def __init__(self, *types): self.types = types
    def __enter__(self): return None
    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.types)
with Suppress(KeyError, IndexError):
    [][1]
print('suppressed IndexError')
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print('not suppressed')
class Reentrant:
    def __init__(self): self.depth = 0
    def __enter__(self): self.depth += 1; return self.depth
    def __exit__(self, *a): self.depth -= 1
r = Reentrant()
with r as d1:
    with r as d2:
        print(d1, d2, r.depth)
print(r.depth)
class ExitArgs:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        print(et is None, ev is None, tb is None)
with ExitArgs(): pass
class ExitSeesExc:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        print(et.__name__, ev.args)   # MicroPython passes no traceback
        return True
with ExitSeesExc():
    raise ValueError(1, 2)
