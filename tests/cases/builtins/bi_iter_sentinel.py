vals = [1, 2, 3, 0, 4]
it = iter(vals)
print(list(iter(lambda: next(it), 0)))
class C:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(C(), 4)))
print(list(iter(iter([5, 6]))))
try:
    iter(5)
except TypeError:
    print('TypeError')
