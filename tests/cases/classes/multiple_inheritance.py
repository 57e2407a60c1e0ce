class Flyer:
    def fly(self):
        return 'flying'
    def move(self):
        return 'fly-move'
class Swimmer:
    def swim(self):
        return 'swimming'
    def move(self):
        return 'swim-move'
class Duck(Flyer, Swimmer):
    pass
class Fish(Swimmer):
    pass
d = Duck()
print(d.fly(), d.swim(), d.move())
print(isinstance(d, Flyer), isinstance(d, Swimmer), isinstance(Fish(), Flyer))
class Mixin:
    def describe(self):
        return 'I am ' + self.name()
class Thing:
    def name(self):
        return 'thing'
class Described(Mixin, Thing):
    pass
print(Described().describe())
