class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + ' makes a sound'
    def kind(self):
        return 'animal'
class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return super().speak() + ' (woof)'
class Puppy(Dog):
    def speak(self):
        return 'small ' + super().speak()
d = Puppy('rex', 'lab')
print(d.speak(), d.kind(), d.breed)
print(isinstance(d, Animal), issubclass(Puppy, Animal), issubclass(Animal, Dog))
print([c.__name__ for c in Puppy.__mro__])
