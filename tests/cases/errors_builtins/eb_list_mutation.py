def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
l = [1, 2, 3]
for x in l:
    if x == 1:
        l.append(4)
print(l)
l = [1, 2, 3, 4]
for x in l:
    l.remove(x)
print(l)
l = [3, 1, 2]
l = [5, 4, 3, 2, 1]
class Cmp:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        l.clear()
        return False
t(l.index, Cmp(9))
t(l.count, Cmp(9))
print(l)
a = [1, 2, 3]
a[1:2] = a
print(a)
b = [1, 2]
b.extend(b)
print(b)
c = [1, 2]
c += c
print(c)
d = [[]] * 3
d[0].append(1)
print(d)
e = [0] * 3
e[0] = 1
print(e)
f = [1, 2, 3]
it = iter(f)
next(it)
f.insert(0, 0)
print(list(it))
g = [1, 2, 3]
it = iter(g)
g.clear()
print(list(it))
