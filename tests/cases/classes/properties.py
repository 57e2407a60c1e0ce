class Celsius:
    def __init__(self, t=0):
        self._t = t
    @property
    def t(self):
        return self._t
    @t.setter
    def t(self, v):
        if v < -273:
            raise ValueError('too cold')
        self._t = v
    @t.deleter
    def t(self):
        print('deleting')
        self._t = None
    @property
    def f(self):
        return self._t * 9 / 5 + 32
c = Celsius(100)
print(c.t, c.f)
c.t = 37
print(c.t, c.f)
try:
    c.t = -300
except ValueError as e:
    print('ValueError', e)
try:
    c.f = 5
except AttributeError:
    print('AttributeError read-only')
del c.t
print(c.t)
class P2:
    def get(self):
        return 'got'
    x = property(get)
print(P2().x)
