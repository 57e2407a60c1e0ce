class Root:
    def __init__(self, **kw):
        self.root_kw = sorted(kw)
class Left(Root):
    def __init__(self, left=0, **kw):
        self.left = left
        super().__init__(**kw)
class Right(Root):
    def __init__(self, right=0, **kw):
        self.right = right
        super().__init__(**kw)
class Both(Left, Right):
    def __init__(self, both=0, **kw):
        self.both = both
        super().__init__(**kw)
b = Both(both=1, left=2, right=3)
print(b.both, b.left, b.right, b.root_kw)
b2 = Both(extra=9)
print(b2.left, b2.right, b2.root_kw)
class Logger:
    def log(self, msg): return ['Logger:' + msg]
class Timestamp(Logger):
    def log(self, msg): return ['Timestamp'] + super().log(msg)
class Prefix(Logger):
    def log(self, msg): return ['Prefix'] + super().log('[p]' + msg)
class Full(Timestamp, Prefix):
    def log(self, msg): return ['Full'] + super().log(msg)
print(Full().log('hi'))
print([c.__name__ for c in Full.__mro__])
