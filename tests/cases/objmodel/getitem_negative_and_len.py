class Seq:
    def __init__(self, *items): self.items = list(items)
    def __len__(self): return len(self.items)
    def __getitem__(self, i):
        print('getitem', i)
        return self.items[i]
s = Seq('a', 'b', 'c')
print(s[-1])     # no length adjustment: __getitem__ sees -1
print(s[0:2])
print(len(s), bool(Seq()), 'b' in s)
a, b, c = s
print(a, b, c)
try:
    x, y = s
except ValueError as e:
    print(type(e).__name__)
print(list(reversed(s)))
