def dataclass(cls):
    fields = [k for k in cls.__dict__.get('__annotations__', {})] if False else list(cls._fields)
    def __init__(self, *args, **kw):
        for name, val in zip(fields, args):
            setattr(self, name, val)
        for name in fields[len(args):]:
            setattr(self, name, kw.pop(name, getattr(cls, name, None)))
        if kw:
            raise TypeError('unexpected ' + ','.join(sorted(kw)))
    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, ', '.join('%s=%r' % (f, getattr(self, f)) for f in fields))
    def __eq__(self, o):
        if type(o) is not type(self): return NotImplemented
        return all(getattr(self, f) == getattr(o, f) for f in fields)
    cls.__init__ = __init__
    cls.__repr__ = __repr__
    cls.__eq__ = __eq__
    return cls
@dataclass
class Point:
    _fields = ('x', 'y', 'label')
    label = 'none'
p = Point(1, 2)
q = Point(1, y=2, label='none')
print(p, q, p == q, p != q, p == Point(2, 1), p == (1, 2))
try:
    Point(1, 2, bogus=3)
except TypeError as e:
    print(type(e).__name__, e)
print(hash(p) is not None)  # __eq__ assigned after class creation: still hashable
