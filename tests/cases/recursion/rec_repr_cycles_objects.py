# repr recursion through user objects: bounded cases print, cycles raise RuntimeError
class Node:
    def __init__(self, name, nxt=None):
        self.name = name
        self.nxt = nxt
    def __repr__(self):
        return 'Node(%s -> %r)' % (self.name, self.nxt)
chain = Node('a', Node('b', Node('c')))
print(chain)
a = Node('x')
b = Node('y', a)
a.nxt = b
try:
    repr(a)
except RuntimeError:
    print('cycle RuntimeError')
class Str:
    def __init__(self, other=None):
        self.other = other
    def __str__(self):
        return 'Str(' + str(self.other) + ')'
s1 = Str(); s2 = Str(s1); s1.other = s2
try:
    str(s1)
except RuntimeError:
    print('str cycle RuntimeError')
print(Str(Str(Str(5))))
# the interpreter is usable right after
print([Node('z')], 'after')
