from collections import namedtuple, deque, OrderedDict, defaultdict
P = namedtuple('P', 'x y')
p = P(1, y=2)
print(p, p.x, p[1], p._fields, p._replace(x=5), P._make([3, 4]), p == (1, 2), isinstance(p, tuple), len(p))
x, y = p
print(x, y, p._asdict(), hash(p) == hash((1, 2)))
Q = namedtuple('Q', ['a', 'b', 'c'], defaults=[0])
print(Q(1, 2), Q(1, 2, 3))
try:
    P(1)
except TypeError:
    print('TypeError missing')
try:
    P(1, 2, 3)
except TypeError:
    print('TypeError too many')
d = deque([1, 2, 3], 5)
d.append(4); d.appendleft(0); d.append(5)
print(d, len(d), d[0], d[-1], d.popleft(), d.pop(), list(d), 3 in d)
d2 = deque()
for i in range(100): d2.append(i)
for i in range(90): d2.popleft()
print(list(d2), d2.maxlen, bool(deque()))
try:
    deque().pop()
except IndexError:
    print('IndexError')
d3 = deque(range(5)); d3.rotate(2); print(d3); d3.rotate(-1); print(d3)
od = OrderedDict([('a', 1), ('b', 2)])
od['c'] = 3
od.move_to_end('a')
print(od, list(od), od.popitem(), od.popitem(last=False), od)
dd = defaultdict(list)
dd['x'].append(1); dd['y']; dd['x'].append(2)
print(sorted(dd.items()), dd.default_factory is list, isinstance(dd, dict))
try:
    defaultdict()['missing']
except KeyError:
    print('KeyError')
import heapq
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print([heapq.heappop(h) for _ in range(len(h))])
l = [9, 4, 7, 1, 8, 2]; heapq.heapify(l); print(l[0], heapq.heappushpop(l, 0), heapq.heapreplace(l, 10), sorted(l))
print(heapq.nlargest(2, [3, 1, 4, 1, 5]), heapq.nsmallest(2, [3, 1, 4, 1, 5]))
