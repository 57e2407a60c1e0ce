class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        if v < -273: raise ValueError('cold')
        self._c = v
    @c.deleter
    def c(self):
        print('deleting')
        self._c = None
    @property
    def f(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.c = 100
print(t.c, t.f)
try:
    t.c = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.f = 5
except AttributeError as e:
    print(type(e).__name__)
try:
    del t.f
except AttributeError as e:
    print(type(e).__name__)
del t.c
print(t.c)
print(type(Temp.c).__name__, isinstance(Temp.c, property))
print(Temp.c.fget is not None, Temp.c.fset is not None, Temp.c.fdel is not None)
print(Temp.f.fset, Temp.f.fdel)
