class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
add5 = Adder(5)
print(add5(10), callable(add5), callable(3))
class Range3:
    def __iter__(self):
        self.i = 0
        return self
    def __next__(self):
        if self.i >= 3:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Range3()), sum(Range3()))
class Box:
    def __init__(self, items):
        self.items = items
    def __contains__(self, x):
        return x in self.items
print(2 in Box([1, 2]), 5 in Box([1, 2]), 5 not in Box([]))
class Seq:
    def __getitem__(self, i):
        if i < 4:
            return i * i
        raise IndexError
print(list(Seq()), 9 in Seq())
