a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
s = 'ab'
s *= 3
print(s)
d = {'x': 1}
d['x'] += 10
d['x'] *= 2
print(d)
class C:
    pass
c = C()
c.n = 5
c.n -= 2
c.n **= 3
print(c.n)
lst = [1, 2, 3]
lst[1] += 100
lst[-1] //= 2
print(lst)
x = 7
x /= 2
print(x)
