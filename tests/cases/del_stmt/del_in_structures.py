class Node:
    def __init__(self):
        self.a = 1
        self.b = 2
n = Node()
del n.a
print(hasattr(n, 'a'), n.b)
n.a = 'again'
print(n.a)
d = {'x': {'y': {'z': 1, 'w': 2}}}
del d['x']['y']['z']
print(d)
lst = [[1, 2, 3], [4, 5, 6]]
del lst[1][0]
print(lst)
del lst[0][-1]
print(lst)
def f():
    a = 1
    b = 2
    del a
    return b
print(f())
x = [1, 2, 3]
y = x
del x
print(y)
