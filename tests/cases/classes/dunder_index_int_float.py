class Idx:
    def __init__(self, i):
        self.i = i
    def __index__(self):
        return self.i
    def __int__(self):
        return self.i
    def __float__(self):
        return float(self.i) + 0.5
lst = ['a', 'b', 'c', 'd']
print(lst[Idx(1)], 'xyz'[Idx(2)], int(Idx(7)), float(Idx(2)))
print(hex(Idx(255)), bin(Idx(5)), range(10)[Idx(3)])
print(list(range(Idx(3))), [0] * Idx(2))
