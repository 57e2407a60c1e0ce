class Shape:
    registry = []
    @classmethod
    def create(cls, *args):
        obj = cls(*args)
        cls.registry.append(cls.__name__)
        return obj
    @classmethod
    def kind(cls):
        return cls.__name__.lower()
class Sq(Shape):
    def __init__(self, s):
        self.s = s
class Tri(Shape):
    def __init__(self, a, b):
        self.a, self.b = a, b
    @classmethod
    def kind(cls):
        return 'triangle (' + super().kind() + ')'
print(Sq.create(3).s, Tri.create(1, 2).b, Shape.registry)
print(Sq.kind(), Tri.kind(), Tri(1, 1).kind())
