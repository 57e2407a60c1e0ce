class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
        self.private = '_' + name
    def __get__(self, obj, owner=None):
        if obj is None: return self
        return getattr(obj, self.private, 'unset')
    def __set__(self, obj, v):
        setattr(obj, self.private, v)
class Model:
    x = Field()
    y = Field()
m = Model()
print(Model.x.name, Model.x.owner, Model.y.name, Model.y.private)
print(m.x, m.y)
m.x = 3
print(m.x, m._x, m.y)
class Typed:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, owner=None):
        return self if obj is None else obj.__dict__[self.name]
    def __set__(self, obj, v):
        if not isinstance(v, self.kind):
            raise TypeError(self.name)
        obj.__dict__[self.name] = v
class P:
    age = Typed(int)
    name = Typed(str)
    def __init__(self, n, a):
        self.name = n; self.age = a
p = P('bob', 3)
print(p.name, p.age)
try:
    p.age = 'x'
except TypeError as e:
    print('TypeError', e)
f = Field()
X = type('X', (), {'fld': f})
print(f.name, f.owner)
late = Field()
X.other = late
print(hasattr(late, 'name'))
