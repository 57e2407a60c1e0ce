class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]

s = Stack()
s.push(1); s.push(2); s.push(3)
print(s, s.peek(), s.pop(), s, len(s), type(s).__name__, s == [1, 2], isinstance(s, list))
s += [7]
print(s, type(s).__name__, s + [8], type(s + [8]).__name__, s * 2, s[::-1], sorted(s))
s.sort(reverse=True)
print(s, s.index(2), s.count(7), 7 in s, list(s), [x * 2 for x in s])

class Logged(list):
    def __init__(self, items=()):
        super().__init__(items)
        self.log = []
    def __setitem__(self, i, v):
        self.log.append(('set', i, v))
        super().__setitem__(i, v)
    def __getitem__(self, i):
        self.log.append(('get', i))
        return super().__getitem__(i)
    def __iter__(self):
        self.log.append('iter')
        return super().__iter__()
    def __contains__(self, x):
        self.log.append(('in', x))
        return super().__contains__(x)

l = Logged([1, 2, 3])
l[0] = 10
print(l[0], l[-1], 3 in l)
for x in l:
    pass
print(l.log, l)

class Sized(list):
    def __len__(self):
        return 42
    def __bool__(self):
        return False
z = Sized([1])
print(len(z), bool(z), 'yes' if z else 'no')

class Bad(list):
    pass
try:
    {Bad(): 1}
except TypeError:
    print('TypeError unhashable')
print(Bad('abc'), Bad(range(3)), Bad())
