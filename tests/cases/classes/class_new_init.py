class Singleton:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            print('created')
        return cls._inst
    def __init__(self, v):
        self.v = v
a = Singleton(1)
b = Singleton(2)
print(a is b, a.v)
class Tracked:
    def __new__(cls, x):
        obj = object.__new__(cls)
        obj.from_new = x * 2
        return obj
    def __init__(self, x):
        self.from_init = x
t = Tracked(5)
print(t.from_new, t.from_init)
