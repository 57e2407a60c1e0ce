class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            cls._inst.inits = 0
        return cls._inst
    def __init__(self):
        self.inits += 1
s1 = Singleton(); s2 = Singleton()
print(s1 is s2, s1.inits)
class Interned:
    _cache = {}
    def __new__(cls, key):
        try:
            return cls._cache[key]
        except KeyError:
            obj = super().__new__(cls)
            obj.key = key
            cls._cache[key] = obj
            return obj
a = Interned('a'); b = Interned('a'); c = Interned('c')
print(a is b, a is c, sorted(Interned._cache))
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
    @property
    def y(self): return self[1]
p = Point(1, 2)
print(p, p.x, p.y, len(p), p + (3,), isinstance(p, tuple))
