# an object made in one iteration and used in the next (the JIT keeps it
# virtual across the loop edge): attribute reads, writes, missing attributes,
# __slots__, user __lt__ through a heap written in Python


class Plain:
    pass


class Slotted:
    __slots__ = ("time", "seq")

    def __init__(self, time, seq):
        self.time = time
        self.seq = seq

    def __lt__(self, other):
        if self.time != other.time:
            return self.time < other.time
        return self.seq < other.seq


def read_previous(n):
    prev = Plain()
    prev.time = -1
    hits = 0
    for i in range(n):
        item = Plain()
        item.time = i % 7
        if item.time < prev.time:
            hits += 1
        prev = item
    return hits, prev.time


def write_previous(n):
    prev = Plain()
    total = 0
    for i in range(n):
        item = Plain()
        prev.x = i
        total += prev.x
        prev = item
    return total


def missing_on_previous(n):
    prev = Plain()
    total = 0
    for i in range(n):
        item = Plain()
        total += getattr(prev, "y", 1)
        if i % 100 == 0:
            item.y = 5
        prev = item
    return total


def slotted_previous(n):
    prev = Slotted(-1, 0)
    hits = 0
    for i in range(n):
        item = Slotted(i % 5, i)
        if prev < item:
            hits += 1
        prev = item
    return hits


def sift_up(heap, pos):
    item = heap[pos]
    while pos > 0:
        parent = (pos - 1) >> 1
        p = heap[parent]
        if item < p:
            heap[pos] = p
            pos = parent
        else:
            break
    heap[pos] = item


def sift_down(heap, pos):
    n = len(heap)
    item = heap[pos]
    while True:
        child = 2 * pos + 1
        if child >= n:
            break
        if child + 1 < n and not heap[child] < heap[child + 1]:
            child += 1
        if heap[child] < item:
            heap[pos] = heap[child]
            pos = child
        else:
            break
    heap[pos] = item


def python_heap(n):
    heap = []
    t = 0
    for i in range(n):
        t += (i * 7919) % 20
        heap.append(Slotted(t % 50, i))
        sift_up(heap, len(heap) - 1)
    out = []
    while heap:
        last = heap.pop()
        if heap:
            top = heap[0]
            heap[0] = last
            sift_down(heap, 0)
            out.append(top.seq)
        else:
            out.append(last.seq)
    return sum(out[:50]), out[:10], len(out)


for n in (10, 3000, 20000):
    print(n, read_previous(n), write_previous(n), missing_on_previous(n),
          slotted_previous(n))
print(python_heap(5000))
