l = list(range(10))
print(l[2:5], l[:3], l[7:], l[::3], l[::-2], l[-3:-1], l[5:2], l[5:2:-1])
m = l[:]
m[2:5] = ['a', 'b']
print(m)
m[1:1] = [100, 200]
print(m)
m[:] = [1, 2, 3]
print(m)
n = list(range(10))
del n[1:3]
print(n)
del n[-2:]
print(n)
p = list(range(5))
p[-1:] = []
print(p)
q = [1, 2, 3]
q[len(q):] = [4, 5]
print(q)
