# heapq's native primitives: ordering, user __lt__, errors, a comparison
# that changes the heap
import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1, 0, 6]:
    heapq.heappush(h, x)
print(h[0], [heapq.heappop(h) for _ in range(len(h))])

data = [9, 4, 7, 1, 8, 2, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data[0], all(data[i] <= data[c] for i in range(len(data))
                   for c in (2 * i + 1, 2 * i + 2) if c < len(data)))
print(heapq.heapreplace(data, 10), heapq.heappushpop(data, -1), heapq.heappushpop(data, 4))
print(sorted(data) == [heapq.heappop(data) for _ in range(len(data))])

# tuples and stability of equal keys through the second field
events = []
for t, name in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'z'), (0, 'first')]:
    heapq.heappush(events, (t, name))
print([heapq.heappop(events) for _ in range(5)])


class Job:
    def __init__(self, pri):
        self.pri = pri

    def __lt__(self, other):
        return self.pri < other.pri

    def __repr__(self):
        return 'Job(%d)' % self.pri


jobs = [Job(p) for p in [4, 1, 3]]
heapq.heapify(jobs)
heapq.heappush(jobs, Job(0))
print([heapq.heappop(jobs) for _ in range(4)])

for bad in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1),
            lambda: heapq.heappush((), 1), lambda: heapq.heapify('abc'),
            lambda: heapq.heappush([1, 'a'], 'b'), lambda: heapq.heappush([1], 'x')]:
    try:
        bad()
        print('no error')
    except (IndexError, TypeError) as e:
        print(type(e).__name__)

print(heapq.heappushpop([], 5))


class Shrinker:
    def __init__(self, heap, v):
        self.heap = heap
        self.v = v

    def __lt__(self, other):
        self.heap.clear()
        return self.v < other.v


h = []
h.append(Shrinker(h, 1))
h.append(Shrinker(h, 2))
try:
    heapq.heappush(h, Shrinker(h, 0))
    print('no error')
except RuntimeError as e:
    print('RuntimeError')
