# swaps, rotations and chained assignment
a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
l = [1, 2, 3, 4]
l[0], l[-1] = l[-1], l[0]
print(l)
l[1], l[2] = l[2], l[1]
print(l)
d = {'x': 1, 'y': 2}
d['x'], d['y'] = d['y'], d['x']
print(d)
class P:
    pass
p = P(); p.a = 'A'; p.b = 'B'
p.a, p.b = p.b, p.a
print(p.a, p.b)
# chained assignment binds the same object to every target, left to right
x = y = z = []
x.append(1)
print(y, z, x is y is z)
a = b = 5
b += 1
print(a, b)
order = []
class Rec:
    def __setitem__(self, k, v):
        order.append(k)
r = Rec()
r['first'] = r['second'] = r['third'] = 0
print(order)
i = l[i] = 0 if False else 2
print(i)
m = [0, 0, 0]
j = m[0] = None
print(j, m)
q = [9, 9, 9]
k = 1
k = q[k] = 2
print(k, q)
a, b = c, d = 1, 2
print(a, b, c, d)
s = t = 'str'
s += '!'
print(s, t)
# evaluation: right-hand side first, then targets
n = [1, 2, 3]
idx = 0
idx, n[idx] = 2, 'v'
print(idx, n)
