class Node:
    def __init__(self, name): self.name = name; self.kids = []
    def __repr__(self): return 'Node(%s, %r)' % (self.name, self.kids)
root = Node('r')
root.kids.append(Node('a'))
root.kids[0].kids.append(Node('b'))
print(root)
l = [root.kids[0]]
print(l, str(l), (l[0],))
class StrUsesRepr:
    def __repr__(self): return 'R'
print(str(StrUsesRepr()), '%s' % StrUsesRepr(), [StrUsesRepr()], {'k': StrUsesRepr()})
class ReprUsesStr:
    def __str__(self): return 'S'
    def __repr__(self): return 'repr-of-' + str(self)
print(repr(ReprUsesStr()), [ReprUsesStr()], ReprUsesStr())
