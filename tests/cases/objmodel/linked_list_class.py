class Node:
    def __init__(self, v, nxt=None): self.v = v; self.nxt = nxt
class LinkedList:
    def __init__(self, items=()):
        self.head = None; self.n = 0
        for x in reversed(list(items)): self.push(x)
    def push(self, v):
        self.head = Node(v, self.head); self.n += 1
    def __len__(self): return self.n
    def __iter__(self):
        node = self.head
        while node:
            yield node.v
            node = node.nxt
    def __contains__(self, v):
        return any(x == v for x in self)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        if i < 0: i += self.n
        for k, v in enumerate(self):
            if k == i: return v
        raise IndexError('index out of range')
    def __repr__(self): return 'LL[' + ', '.join(map(repr, self)) + ']'
    def __eq__(self, o): return list(self) == list(o)
    def __add__(self, o): return LinkedList(list(self) + list(o))
    def __reversed__(self): return iter(list(self)[::-1])
    def __bool__(self): return self.n > 0
ll = LinkedList([1, 2, 3])
print(ll, len(ll), 2 in ll, 5 in ll, ll[0], ll[-1], ll[1:], list(reversed(ll)))
print(ll + LinkedList([4]), ll == [1, 2, 3], bool(LinkedList()), sum(ll))
try:
    ll[10]
except IndexError as e:
    print(type(e).__name__)
print(sorted(ll, reverse=True), list(enumerate(ll)), max(ll))
