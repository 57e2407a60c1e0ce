from collections import deque
d = deque((), 3)
for i in range(6):
    d.append(i)
print(list(d), len(d), d.maxlen)
d.appendleft(-1)
print(list(d))
d = deque([1, 2, 3])
d.extend([4, 5])
d.extendleft([0, -1])
print(d, d.popleft(), d.pop(), d, d[2], d[-2])
d[0] = 'first'
print(d, d.count(2), d.index(3))
d.reverse(); print(d)
d.rotate(); print(d)
d.rotate(-2); print(d)
d.remove(3); print(d)
d.clear(); print(d, bool(d), len(d))
q = deque()
for i in range(1000):
    q.append(i)
total = 0
while q:
    total += q.popleft()
print(total, len(q))
try:
    q.popleft()
except IndexError:
    print('IndexError popleft')
try:
    deque([1])[5]
except IndexError:
    print('IndexError index')
print(deque([1, 2]) == deque([1, 2]), deque([1]) + deque([2]), list(reversed(deque('abc'))), 'b' in deque('abc'))
try:
    deque([], -1)
except ValueError:
    print('ValueError maxlen')
print(deque('xyz', maxlen=2), deque(range(3)).copy())
