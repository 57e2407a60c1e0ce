class L(list):
    def __getitem__(self, i):
        if isinstance(i, slice):
            return L(list.__getitem__(self, i))
        return list.__getitem__(self, i) * 10
    def __setitem__(self, i, v):
        list.__setitem__(self, i, v + 1)
    def __len__(self):
        return list.__len__(self) + 100
    def __contains__(self, x):
        return True
    def __iter__(self):
        return iter(['custom'])
    def append(self, x):
        list.append(self, ('wrapped', x))
l = L([1, 2, 3])
print(l[0], l[-1], type(l[0:2]).__name__, list.__getitem__(l, 0))
l[0] = 5
print(list.__getitem__(l, 0))
print(len(l), 99 in l, list(l), [x for x in l])
l.append(4)
print(list.__getitem__(l, 3))
print(l == [6, 2, 3, ('wrapped', 4)], bool(L()))
a, = L([7])
print(a)
class Stack(list):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
st = Stack()
st.push(1); st.push(2)
print(st, st.peek(), len(st), st.pop(), st, type(st + [1]).__name__, isinstance(st, list))
st2 = Stack([3, 1, 2])
st2.sort()
print(st2, sorted(st2, reverse=True), st2 * 2, st2[::-1])
