# helper: defines exceptions and classes used across modules
class ModError(Exception):
    pass

class SubModError(ModError):
    pass

class Shape:
    sides = 0
    def describe(self):
        return '%s with %d sides' % (type(self).__name__, self.sides)

def fail(kind):
    if kind == 'sub':
        raise SubModError('sub', kind)
    raise ModError(kind)
