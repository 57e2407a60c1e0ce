(a, b), c = (1, 2), 3
print(a, b, c)
[a, [b, c]] = [1, [2, 3]]
print(a, b, c)
((a, b), (c, d)) = ('xy', [3, 4])
print(a, b, c, d)
data = [('ann', (30, 'nyc')), ('bob', (25, 'sf'))]
for name, (age, city) in data:
    print(name, age, city)
x, (y, *z) = 1, (2, 3, 4)
print(x, y, z)
points = {'p1': (0, 0), 'p2': (3, 4)}
for key, (px, py) in sorted(points.items()):
    print(key, px + py)
