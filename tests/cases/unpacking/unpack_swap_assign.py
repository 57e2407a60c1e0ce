a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
x = y = []
x.append(1)
print(x, y, x is y)
i = 0
arr = [10, 20]
i, arr[i] = 1, 99
print(i, arr)
d = {}
d['a'], d['b'] = 'AB'
print(d)
class O: pass
o = O()
o.x, o.y = divmod(17, 5)
print(o.x, o.y)
