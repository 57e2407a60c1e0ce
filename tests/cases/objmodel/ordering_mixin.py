class Ordered:
    def __lt__(self, o): return self.key() < o.key()
    def __le__(self, o): return self.key() <= o.key()
    def __gt__(self, o): return self.key() > o.key()
    def __ge__(self, o): return self.key() >= o.key()
    def __eq__(self, o): return self.key() == o.key()
    def __hash__(self): return hash(self.key())
class Person(Ordered):
    def __init__(self, name, age): self.name = name; self.age = age
    def key(self): return (self.age, self.name)
    def __repr__(self): return self.name
people = [Person('bob', 30), Person('al', 25), Person('cy', 30), Person('al', 25)]
print(sorted(people), min(people), max(people))
print(people[1] == people[3], people[0] < people[2], len(set(people)))
print(sorted(people, key=lambda p: p.name))
class Rev(Person):
    def key(self): return -self.age
print(sorted([Rev('a', 1), Rev('b', 2)]))
