# _thread: locks, start_new_thread with args and kwargs, workers joined by a counter
import _thread
import time

lock = _thread.allocate_lock()
print(type(lock) is _thread.LockType)
print(lock.locked(), lock.acquire(), lock.locked())
print(lock.acquire(0), lock.acquire(False))
print(lock.acquire(1, 0.01))        # times out: still held
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError:
    print('RuntimeError on releasing an unlocked lock')
try:
    lock.acquire(0, 1)
except ValueError:
    print('ValueError: timeout with non-blocking')
with lock:
    print('in with', lock.locked())
print('after with', lock.locked())

results = []
state = {'done': 0}


def worker(n, step=1):
    s = 0
    for i in range(n):
        s += i * step
    with lock:
        results.append(s)
        state['done'] += 1


N = 5
for k in range(N):
    _thread.start_new_thread(worker, (1000 * (k + 1),), {'step': 2})
while True:
    with lock:
        if state['done'] == N:
            break
    time.sleep(0.001)
print(sorted(results))

# a lock as a signal between threads: the main thread waits on it
ready = _thread.allocate_lock()
ready.acquire()
box = []


def producer():
    box.append(_thread.get_ident())
    ready.release()


_thread.start_new_thread(producer, ())
ready.acquire()
print(len(box), box[0] != _thread.get_ident(), isinstance(box[0], int))

for bad in [(1, ()), (worker, 5), (worker, [1], 7)]:
    try:
        _thread.start_new_thread(*bad)
    except TypeError:
        print('TypeError', type(bad[1]).__name__)
