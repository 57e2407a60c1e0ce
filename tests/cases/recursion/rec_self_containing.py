# self-containing containers print with [...] / {...}
l = [1, 2]
l.append(l)
print(l)
print(repr(l), str(l))
print(len(l), l[2] is l)
d = {'a': 1}
d['self'] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
outer = [[]]
outer[0].append(outer)
print(outer)
m = {'list': []}
m['list'].append(m)
print(m)
both = [{}]
both[0]['back'] = both
print(both)
# a list holding itself twice
two = []
two.append(two)
two.append(two)
print(two)

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
    def __repr__(self):
        return 'Node(%s, %r)' % (self.name, self.children)
a = Node('a')
a.children.append(a)
print(a)
# deep but finite nesting prints fully
nest = []
cur = nest
for i in range(30):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(nest)
print(str(nest).count('['))
