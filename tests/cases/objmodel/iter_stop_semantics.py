class Once:
    def __init__(self): self.done = False
    def __iter__(self): return self
    def __next__(self):
        if self.done: raise StopIteration
        self.done = True
        return 'once'
o = Once()
print(list(o), list(o), next(iter(Once())))
class Revive:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n % 3 == 0: raise StopIteration
        return self.n
r = Revive()
print(list(r), list(r), list(r))
class StopVal:
    def __iter__(self): return self
    def __next__(self): raise StopIteration('value')
print(list(StopVal()))
def gen():
    yield from Once()
    yield 'after'
print(list(gen()))
class Raises:
    def __iter__(self): return self
    def __next__(self): raise ValueError('mid')
try:
    for x in Raises(): pass
except ValueError as e:
    print(type(e).__name__)
class IterReturnsGen:
    def __iter__(self):
        return (i for i in range(3))
print(list(IterReturnsGen()), sum(IterReturnsGen()), 2 in IterReturnsGen())
class MultiPass:
    def __init__(self, d): self.d = d
    def __iter__(self):
        for x in self.d:
            yield x
mp = MultiPass([1, 2])
print([(a, b) for a in mp for b in mp])
