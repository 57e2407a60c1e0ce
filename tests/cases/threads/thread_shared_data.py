# many threads appending to shared structures under a lock, and a
# producer/consumer queue built from two locks
import _thread
import time

data = []
total = {'n': 0}
lock = _thread.allocate_lock()
done = _thread.allocate_lock()
NT = 4
left = [NT]
done.acquire()


def adder(base):
    for i in range(200):
        with lock:
            data.append(base + i)
            total['n'] += 1
    with lock:
        left[0] -= 1
        if left[0] == 0:
            done.release()


for t in range(NT):
    _thread.start_new_thread(adder, (t * 1000,))
done.acquire()
print(total['n'], len(data), sorted(data) == sorted(t * 1000 + i for t in range(NT) for i in range(200)))

# queue of one slot
slot = []
full = _thread.allocate_lock()
empty = _thread.allocate_lock()
full.acquire()
received = []
finished = _thread.allocate_lock()
finished.acquire()


def consumer():
    while True:
        full.acquire()
        item = slot.pop()
        empty.release()
        if item is None:
            break
        received.append(item * item)
    finished.release()


_thread.start_new_thread(consumer, ())
for x in list(range(10)) + [None]:
    empty.acquire()
    slot.append(x)
    full.release()
finished.acquire()
print(received)
print(_thread.stack_size() >= 0)
