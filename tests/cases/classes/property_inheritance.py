class Shape:
    def __init__(self, name):
        self._name = name
    @property
    def name(self):
        return self._name.upper()
    @property
    def area(self):
        return 0
    def describe(self):
        return '%s with area %s' % (self.name, self.area)
class Square(Shape):
    def __init__(self, side):
        super().__init__('square')
        self.side = side
    @property
    def area(self):
        return self.side ** 2
class Circle(Shape):
    def __init__(self, r):
        super().__init__('circle')
        self.r = r
    @property
    def area(self):
        return round(3.14159 * self.r ** 2, 2)
for s in [Shape('blob'), Square(3), Circle(1)]:
    print(s.describe())
print(sorted([Square(2), Square(1), Circle(1)], key=lambda s: s.area)[0].area)
