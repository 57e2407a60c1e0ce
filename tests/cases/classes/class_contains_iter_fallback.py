class OnlyIter:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        print('iter called')
        return iter(self.items)
o = OnlyIter([1, 2, 3])
print(2 in o)
print(5 in o)
class OnlyGetitem:
    def __getitem__(self, i):
        if i > 5:
            raise IndexError
        return i * 10
print(30 in OnlyGetitem(), 35 in OnlyGetitem())
a, b, *c = OnlyGetitem()
print(a, b, c)
