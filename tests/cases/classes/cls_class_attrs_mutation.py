class Counter:
    instances = []
    def __init__(self):
        Counter.instances.append(self)
        self.id = len(Counter.instances)
a = Counter(); b = Counter()
print(a.id, b.id, len(Counter.instances))
def extra(self):
    return 'extra %d' % self.id
Counter.extra = extra
print(a.extra(), b.extra())
del Counter.extra
print(hasattr(a, 'extra'))
class WithDoc:
    """A documented class."""
    def m(self):
        """method doc"""
print(WithDoc.__doc__)
print(WithDoc.__name__, WithDoc.__qualname__ if hasattr(WithDoc, '__qualname__') else 'WithDoc')
