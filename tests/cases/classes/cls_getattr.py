class Proxy:
    def __init__(self, target):
        self._t = target
    def __getattr__(self, name):
        return 'missing:' + name
p = Proxy(1)
print(p._t, p.foo, p.bar)
class Rec:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)
r = Rec()
r.a = 5
print(r.a)
class Dyn:
    pass
d = Dyn()
d.x = 1
d.y = 2
print(d.x + d.y)
try:
    d.z
except AttributeError:
    print('AttributeError')
