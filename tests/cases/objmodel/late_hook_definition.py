class A: pass
class B(A): pass
b = B()
try:
    b.missing
except AttributeError as e:
    print(type(e).__name__)
A.__getattr__ = lambda self, name: 'late:' + name
print(b.missing, A().other)
del A.__getattr__
try:
    b.missing
except AttributeError as e:
    print('removed', type(e).__name__)
log = []
def sa(self, name, value):
    log.append(name)
    object.__setattr__(self, name, value)
A.__setattr__ = sa
b.x = 1
A().y = 2
print(log, b.x)
del A.__setattr__
b.z = 3
print(log)
A.__getattribute__ = lambda self, name: 'GA:' + name
print(b.anything, b.x)
del A.__getattribute__
print(b.x)
A.__len__ = lambda self: 4
A.__iter__ = lambda self: iter([1, 2])
print(len(b), list(b))
B.__len__ = lambda self: 5
print(len(b), len(A()))
A.__call__ = lambda self: 'called'
print(b())
