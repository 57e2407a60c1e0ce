class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __contains__(self, x):
        print('contains called')
        return x in self.items
    def __iter__(self):
        return iter(self.items)
b = Bag(1, 2, 3)
print(len(b), b[0], b[-1], b[1:], bool(b), bool(Bag()))
b[0] = 10
del b[1]
print(list(b), 3 in b, 99 in b)
for x in b:
    print('item', x)
print(sorted(Bag(3, 1, 2)), sum(Bag(1, 2)), max(Bag(5, 9)))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), [x for x in Seq()])
