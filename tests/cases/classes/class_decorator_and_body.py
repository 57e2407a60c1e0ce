def add_greet(cls):
    cls.greet = lambda self: 'hello from ' + type(self).__name__
    return cls
@add_greet
class Person:
    species = 'human'
    legs = 2 * 1
    items = [i * i for i in range(3)]
    def __init__(self, n):
        self.n = n
print(Person('p').greet(), Person.species, Person.legs, Person.items)
class WithLogic:
    if True:
        flag = 'yes'
    else:
        flag = 'no'
    for i in range(3):
        last = i
print(WithLogic.flag, WithLogic.last)
