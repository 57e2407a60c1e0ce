class Flags(int):
    def __or__(self, o): return Flags(int(self) | int(o))
    def __and__(self, o): return Flags(int(self) & int(o))
    def __contains__(self, f): return int(self) & int(f) == int(f)
    def __repr__(self): return 'Flags(%d)' % int(self)
    __ror__ = __or__
R, W, X = Flags(4), Flags(2), Flags(1)
rw = R | W
print(rw, W in rw, X in rw, rw & W, 1 | X, type(1 | X).__name__, bool(Flags(0)), int(rw))
print(sorted([rw, X, R]), rw == 6, {rw: 'rw'}[6], hash(rw) == hash(6))
print(True + True, True * 3, type(True + 0).__name__, isinstance(True, int), True == 1, hash(True) == hash(1))
print(True & False, True | False, type(True & True).__name__, ~True, -True)
