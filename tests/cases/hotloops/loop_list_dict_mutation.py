lst = []
for i in range(10000):
    lst.append(i)
    if len(lst) > 100:
        lst.pop(0)
print(len(lst), lst[0], lst[-1])
d = {}
for i in range(20000):
    d[i % 997] = i
    if i % 3 == 0:
        d.pop((i * 7) % 997, None)
print(len(d), sum(d.values()) % 100000)
s = set()
for i in range(10000):
    s.add(i * 31 % 1000)
    if i % 5 == 0:
        s.discard(i % 1000)
print(len(s))
grid = [[0] * 50 for _ in range(50)]
for i in range(50):
    for j in range(50):
        grid[i][j] = (i * j) % 7
print(sum(map(sum, grid)), grid[49][49])
