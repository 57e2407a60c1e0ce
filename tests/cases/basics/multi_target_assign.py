class O: pass
o = O()
o.child = O()
d = {'k': [0, 0, 0]}
o.child.v = d['k'][1] = x = 7
print(o.child.v, d, x)
a = b = c = []
a.append(1)
print(a, b, c)
i = j = 0
i += 1
print(i, j)
lst = [0] * 3
lst[0] = lst[1] = lst[2] = 'z'
print(lst)
first, second = pair = (1, 2)
print(first, second, pair)
