# threads that never block still take turns (the interpreter lock is handed on)
import _thread
import time

counts = [0, 0]
stop = [False]
lock = _thread.allocate_lock()
finished = [0]


def spin(i):
    while not stop[0]:
        counts[i] += 1
    with lock:
        finished[0] += 1


_thread.start_new_thread(spin, (0,))
_thread.start_new_thread(spin, (1,))
deadline = time.time() + 0.3
# busy main thread too: both workers must progress while it spins
while time.time() < deadline:
    pass
stop[0] = True
while True:
    with lock:
        if finished[0] == 2:
            break
    time.sleep(0.001)
print(counts[0] > 0, counts[1] > 0)


# an exception in a thread ends only that thread (its report goes to stderr)
def fails():
    with lock:
        finished[0] += 1
    raise ValueError('in thread')


_thread.start_new_thread(fails, ())
while True:
    with lock:
        if finished[0] == 3:
            break
    time.sleep(0.001)
time.sleep(0.01)
print('main still running')


# _thread.exit() ends the thread quietly
def leaves():
    with lock:
        finished[0] += 1
    _thread.exit()
    print('not reached')


_thread.start_new_thread(leaves, ())
while True:
    with lock:
        if finished[0] == 4:
            break
    time.sleep(0.001)
time.sleep(0.01)
print('exit ok')
