class Typed:
    def __init__(self, name, typ):
        self.name = name
        self.typ = typ
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.typ):
            raise TypeError(self.name + ' must be ' + self.typ.__name__)
        obj.__dict__[self.name] = value
class Person:
    name = Typed('name', str)
    age = Typed('age', int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person('ann', 30)
print(p.name, p.age)
try:
    p.age = 'old'
except TypeError as e:
    print('TypeError', e)
print(p.age, type(Person.name).__name__)
