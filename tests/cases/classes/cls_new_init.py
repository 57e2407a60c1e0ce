class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self):
        self.n = getattr(self, 'n', 0) + 1
a = Single(); b = Single()
print(a is b, a.n)
class P:
    def __new__(cls, x):
        o = object.__new__(cls)
        o.x = x * 10
        return o
print(P(3).x)
C = type('C', (object,), {'v': 7, 'get': lambda self: self.v})
print(C().get(), C.__name__)
