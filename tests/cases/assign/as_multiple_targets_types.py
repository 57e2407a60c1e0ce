# chained targets of mixed kinds receive the same value
class O:
    pass
o = O()
l = [0, 0]
d = {}
x = o.attr = l[0] = d['k'] = [1, 2]
print(x is o.attr is l[0] is d['k'])
a, b = c = 1, 2
print(a, b, c)
(p, q), r = s = ('pq', 'r')
print(p, q, r, s)
u = v, w = [10, 20]
print(u, v, w)
i = j = k = 0
i += 1
print(i, j, k)
