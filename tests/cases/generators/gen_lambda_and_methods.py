f = lambda: (yield 5)
g = f()
print(next(g))
try:
    g.send("s")
except StopIteration as e:
    print("lambda gen returned", e.value)


class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __iter__(self):
        for x in self.items:
            yield x

    def pairs(self):
        yield from zip(self.items, self.items[1:])

    @staticmethod
    def countdown(n):
        while n:
            yield n
            n -= 1

    @classmethod
    def named(cls):
        yield cls.__name__


b = Bag(1, 2, 3)
print(list(b), list(b.pairs()), list(Bag.countdown(3)), list(Bag.named()))
print(sorted(b, reverse=True), 2 in b, 7 in b)
