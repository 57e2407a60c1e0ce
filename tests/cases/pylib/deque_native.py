# collections.deque (native): behaviour checked against CPython 3.11
from collections import deque


def err(f):
    try:
        r = f()
    except Exception as e:
        name = type(e).__name__
        print('  ', name, e if name in ('IndexError', 'ValueError', 'RuntimeError') else '')
        return
    print('  ok', r)


# constructor and maxlen
print(deque(), deque([]), deque('abc'), deque(range(4)), deque((1, 2), 3))
print(deque([1, 2, 3, 4, 5], 3), deque(maxlen=2), deque([1], maxlen=None).maxlen)
print(deque(iterable=[1, 2]), deque('xyz', maxlen=2).maxlen, deque([], True).maxlen)
err(lambda: deque([], -1))
err(lambda: deque([], 1.5))
err(lambda: deque([], 'a'))
err(lambda: deque(5))
err(lambda: deque([], 2, maxlen=3))
err(lambda: deque([], bogus=1))
d = deque([1, 2])
err(lambda: setattr(d, 'maxlen', 5))
print(d.maxlen, deque(maxlen=0).maxlen)
d.__init__([7, 8, 9], 2)
print(d, d.maxlen)

# len, bool, append/pop on both ends
d = deque()
print(len(d), bool(d), not d)
d.append(1); d.append(2); d.appendleft(0); d.appendleft(-1)
print(d, len(d), bool(d))
print(d.pop(), d.popleft(), d, d.pop(), d.pop(), d)
err(lambda: d.pop())
err(lambda: d.popleft())
err(lambda: deque().pop())

# maxlen drops from the other end
d = deque(maxlen=3)
for i in range(6):
    d.append(i)
print(d)
d.appendleft('L')
print(d)
d.extend('ab')
print(d)
d.extendleft('xy')
print(d)
z = deque(maxlen=0)
z.append(1); z.appendleft(2); z.extend([1, 2, 3]); z.extendleft('ab')
print(z, len(z), z.maxlen)
d = deque([1, 2, 3], 3)
err(lambda: d.insert(1, 'x'))

# extend / extendleft, also with itself and iterators/generators
d = deque([1, 2])
d.extend(d)
print(d)
d.extendleft(d)
print(d)
d = deque([1, 2, 3], 5)
d.extend(d)
print(d)
d = deque()
d.extend(x * x for x in range(4))
d.extendleft(iter([10, 11]))
d.extend({'k': 1})
d.extend(deque([5, 6]))
print(d)
err(lambda: d.extend(5))
err(lambda: d.extendleft(None))

# clear
d.clear()
print(d, len(d))
d.append(1)
print(d)

# indexing
d = deque(range(10))
print(d[0], d[9], d[-1], d[-10], d[5])
d[0] = 'a'; d[-1] = 'z'; d[3] = 'm'
print(d)
err(lambda: d[10])
err(lambda: d[-11])
err(lambda: deque()[0])
err(lambda: d['1'])
err(lambda: d[1:2])
err(lambda: d.__setitem__(10, 0))
del d[0]; del d[-1]; del d[3]
print(d)
err(lambda: d.__delitem__(20))

# indexing after wrap-around (ring buffer)
d = deque()
for i in range(20):
    d.append(i)
for i in range(15):
    d.popleft()
for i in range(10):
    d.appendleft(-i)
print(d, d[0], d[14], d[-1], len(d))

# iteration, reversed, in
d = deque('hello')
print(list(d), list(reversed(d)), [c for c in d], tuple(d), ''.join(d))
print('e' in d, 'q' in d, 3 in deque([1, 2, 3]), [] in deque())
it = iter(d)
print(next(it), next(it))
d[2] = 'L'          # replacing an item is not a mutation of the order
print(next(it), list(it))

# mutation during iteration
for op in ['append', 'appendleft', 'pop', 'popleft', 'clear', 'extend', 'rotate']:
    d = deque([1, 2, 3])
    try:
        for x in d:
            if op == 'append':
                d.append(4)
            elif op == 'appendleft':
                d.appendleft(0)
            elif op == 'pop':
                d.pop()
            elif op == 'popleft':
                d.popleft()
            elif op == 'clear':
                d.clear()
            elif op == 'extend':
                d.extend([5])
            else:
                d.rotate()
        print(op, 'no error')
    except RuntimeError as e:
        print(op, type(e).__name__, e)
d = deque([1, 2, 3])
try:
    for x in reversed(d):
        d.append(x)
except RuntimeError as e:
    print('reversed', type(e).__name__, e)
d = deque([1, 2, 3])
for x in d:
    d.reverse()     # same length, no error (as CPython)
print(d)

# count, index, remove
d = deque([1, 2, 3, 2, 1, 2])
print(d.count(2), d.count(9), d.index(2), d.index(2, 2), d.index(2, -2), d.index(1, 1, 5))
err(lambda: d.index(9))
err(lambda: d.index(3, 3))
err(lambda: d.index(2, 'a'))
d.remove(2)
print(d)
d.remove(2); d.remove(2)
print(d)
err(lambda: d.remove(2))
err(lambda: deque().remove(1))

# insert
d = deque([1, 2, 3])
d.insert(0, 'a'); d.insert(2, 'b'); d.insert(100, 'c'); d.insert(-1, 'd'); d.insert(-100, 'e')
print(d)
d = deque(range(10))
d.insert(7, 'x'); d.insert(2, 'y')
print(d)

# reverse, rotate
d = deque(range(7))
d.reverse(); print(d)
d = deque(range(6))
d.rotate(); print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(0); print(d)
d.rotate(13); print(d)
d.rotate(-20); print(d)
d.rotate(6); print(d)
e = deque(); e.rotate(5); print(e)
e = deque([1]); e.rotate(-3); print(e)
err(lambda: d.rotate(1.5))
err(lambda: d.rotate('a'))
d = deque(range(5), 8)
for i in range(10):
    d.append(i)
d.rotate(3); print(d, d.maxlen)

# copy
d = deque([1, [2]], 4)
c = d.copy()
print(c, c.maxlen, c == d, c is d, c[1] is d[1])
c.append(3)
print(d, c)
print(d.__copy__(), deque([1]).__copy__())

# comparisons and hashing
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1, 2]), deque([1]) == deque([1, 2]))
print(deque([1, 2]) == [1, 2], deque() == (), deque([1]) != [1])
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1, 2]), deque([2]) > deque([1, 9]), deque() >= deque())
print(deque([1], 5) == deque([1], 2))
err(lambda: deque() < [1])
err(lambda: hash(deque()))
err(lambda: {deque(): 1})
print(deque.__hash__ is None)

# + and +=, *
d = deque([1, 2], 3)
e = d + deque([3, 4])
print(e, e.maxlen, d)
err(lambda: d + [1])
err(lambda: [1] + d)
d += [5, 6]
print(d)
d += deque('x')
print(d)
d = deque([1, 2])
d2 = d
d2 += d2
print(d, d is d2)
print(deque([1, 2]) * 2, 2 * deque([1]), deque([1, 2]) * 0, deque() * 5, deque([1, 2, 3], 4) * 3)
d = deque([1, 2])
d *= 3
print(d)
d *= -1
print(d)
err(lambda: deque() * 'a')

# repr
d = deque()
d.append(d)
print(d, deque(['a', 1.5, None]), deque([1, 2], maxlen=3))


# subclassing
class Q(deque):
    def __init__(self, items=(), limit=None):
        super().__init__(items, limit)
        self.pushed = 0

    def append(self, x):
        self.pushed += 1
        super().append(x)

    def total(self):
        return sum(self)


q = Q([1, 2])
q.append(3)
q.append(4)
q.tag = 'hello'
print(q, q.pushed, q.tag, q.total(), len(q), q[0], q.popleft(), isinstance(q, deque), type(q).__name__)
print(q.copy(), type(q.copy()).__name__, type(q + deque([9])).__name__, q == deque([2, 3, 4]))
q2 = Q('ab', 2)
q2.extend('cd')
print(q2, q2.maxlen, q2.pushed)


class R(deque):
    def __repr__(self):
        return 'R<' + ','.join(str(x) for x in self) + '>'

    def __len__(self):
        return 42


r = R([1, 2])
print(r, len(r), bool(r), list(r), r.__dict__)


class Plain(deque):
    pass


p = Plain([3, 4], 5)
print(p, p.maxlen, Plain.__mro__[1] is deque, p.copy().maxlen)

# a queue-heavy loop
q = deque()
total = 0
for i in range(5000):
    q.append(i)
    if i % 3 == 0:
        total += q.popleft()
while q:
    total += q.pop()
print(total, len(q))

# random operations against a list model (the ring buffer grows, wraps, shrinks)
seed = 12345


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n


for maxlen in [None, 5, 37]:
    d = deque(maxlen=maxlen)
    m = []
    bad = 0
    for step in range(2000):
        op = rnd(12)
        if step % 500 > 330:
            op = 2 + op % 2      # drain phases, to shrink
        x = rnd(1000)
        if op == 0:
            d.append(x); m.append(x)
            if maxlen is not None and len(m) > maxlen:
                del m[0]
        elif op == 1:
            d.appendleft(x); m.insert(0, x)
            if maxlen is not None and len(m) > maxlen:
                m.pop()
        elif op == 2:
            if m:
                bad += d.pop() != m.pop()
        elif op == 3:
            if m:
                bad += d.popleft() != m.pop(0)
        elif op == 4 and m:
            i = rnd(len(m)) - len(m) // 2
            bad += d[i] != m[i]
            d[i] = x; m[i] = x
        elif op == 5 and m:
            k = rnd(2 * len(m) + 3) - len(m)
            d.rotate(k)
            k %= len(m)
            m[:] = m[len(m) - k:] + m[:len(m) - k]
        elif op == 6 and m and (maxlen is None or len(m) < maxlen):
            i = rnd(len(m) + 2) - 1
            d.insert(i, x); m.insert(i, x)
        elif op == 7 and m:
            i = rnd(len(m))
            del d[i]; del m[i]
        elif op == 8:
            d.reverse(); m.reverse()
        elif op == 9 and m:
            y = m[rnd(len(m))]
            d.remove(y); m.remove(y)
        elif op == 10:
            items = [rnd(100) for _ in range(rnd(40))]
            d.extend(items); m.extend(items)
            if maxlen is not None:
                m[:] = m[max(0, len(m) - maxlen):]
        elif op == 11:
            items = [rnd(100) for _ in range(rnd(40))]
            d.extendleft(items)
            for y in items:
                m.insert(0, y)
            if maxlen is not None:
                m[:] = m[:maxlen]
        if len(d) != len(m) or (m and (d[0] != m[0] or d[-1] != m[-1])):
            bad += 1
        if step % 50 == 0 and (list(d) != m or list(reversed(d)) != m[::-1]):
            bad += 1
    print(maxlen, len(d), bad, list(d)[:8])
