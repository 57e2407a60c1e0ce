a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::2], a[::-1], a[8:2:-2], a[100:], a[-100:2])
b = a[:]
b[2:5] = ['x']
print(b)
b[::2] = [0] * len(b[::2])
print(b)
del b[1:3]
print(b)
del b[::2]
print(b)
c = [1, 2, 3]
c[1:1] = [9, 9]
print(c)
c[:] = []
print(c)
try:
    a[::2] = [1]
except ValueError:
    print('ValueError')
print(a[1:8:3], a[-1:-5:-1])
