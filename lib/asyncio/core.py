# asyncio.core: tasks, the scheduler and sleeping (frozen into micropy)
#
# How it works.  A Task wraps a coroutine (a generator object).  The scheduler
# steps a task by sending None into its coroutine (or throwing an exception
# into it, e.g. CancelledError).  An awaitable that must wait (sleep, awaiting
# an unfinished Task, Event.wait, Lock.acquire...) first records the current
# task in whatever will wake it later (the sleep queue, a waiter list) -- the
# task is then "parked" there, task._park being that holder -- and then yields
# the _PARK sentinel up to the scheduler, which leaves the task alone until
# something calls _wake(task).  Any other value yielded (None: a bare yield,
# sleep(0)) means "run me again soon": the task goes to the back of the run
# queue.  A parked task is woken by _wake(), which asks its holder to forget
# it (holder._unpark(task)) and puts it on the run queue.

import sys
from time import ticks_ms, ticks_diff, ticks_add, sleep_ms as _idle_ms

ticks_ms()  # (the first call is slow in the untranslated interpreter)


class CancelledError(BaseException):
    pass


TimeoutError = TimeoutError  # the builtin one, as in CPython 3.11


class _Park:
    # The sentinel yielded by awaitables whose task is parked.
    pass


_PARK = _Park()


# ---------------------------------------------------------------------------
# The run queue (FIFO) and the sleep queue (a binary heap ordered by wake time)


class _RunQueue:
    def __init__(self):
        self.q = []
        self.head = 0

    def push(self, t):
        self.q.append(t)

    def pop(self):
        q = self.q
        t = q[self.head]
        q[self.head] = None
        self.head += 1
        if self.head == len(q):
            self.q = []
            self.head = 0
        elif self.head >= 64 and self.head * 2 >= len(q):
            del q[:self.head]
            self.head = 0
        return t

    def __len__(self):
        return len(self.q) - self.head


def _before(a, b):
    # Heap entries are [wake time, sequence number, task or None]; times
    # wrap around (ticks), so compare them with ticks_diff.
    d = ticks_diff(a[0], b[0])
    return d < 0 or (d == 0 and a[1] < b[1])


class _SleepQueue:
    def __init__(self):
        self.heap = []
        self.seq = 0

    def push(self, t, when):
        self.seq += 1
        e = [when, self.seq, t]
        h = self.heap
        h.append(e)
        i = len(h) - 1
        while i > 0:
            p = (i - 1) >> 1
            if _before(e, h[p]):
                h[i] = h[p]
                i = p
            else:
                break
        h[i] = e
        t._park = self
        t._entry = e

    def _drop_head(self):
        h = self.heap
        last = h.pop()
        n = len(h)
        if n == 0:
            return
        i = 0
        while True:
            c = 2 * i + 1
            if c >= n:
                break
            if c + 1 < n and _before(h[c + 1], h[c]):
                c += 1
            if _before(h[c], last):
                h[i] = h[c]
                i = c
            else:
                break
        h[i] = last

    def peek(self):
        # The earliest live entry, or None (dead entries are dropped here).
        h = self.heap
        while h and h[0][2] is None:
            self._drop_head()
        if h:
            return h[0]
        return None

    def pop_task(self):
        e = self.heap[0]
        self._drop_head()
        t = e[2]
        e[2] = None
        return t

    def _unpark(self, t):
        e = t._entry
        if e is not None:
            e[2] = None
            t._entry = None


_ready = _RunQueue()
_sleeping = _SleepQueue()
_cur_task = None


def _wake(t, exc=None, hops=0):
    # Make a parked task runnable (after hops extra rounds); exc, if given,
    # is thrown into it at its await point.
    p = t._park
    if p is not None:
        t._park = None
        p._unpark(t)
        t._hops = hops
        _ready.push(t)
    if exc is not None:
        t._exc = exc


def _resume(t):
    # Make runnable a parked task whose holder has already let it go.
    t._park = None
    t._hops = 0
    _ready.push(t)


def _forward_cancel(holder):
    # Cancelling a task parked in holder: a Task (awaited) or a gather pass
    # the cancellation on to what the task waits for.  True if they did.
    f = getattr(holder, '_forward_cancel', None)
    return f is not None and f()


def _park_current(holder):
    # Park the current task in holder (which must have _unpark(task)).
    t = _cur_task
    if t is None:
        raise RuntimeError('no running event loop')
    t._park = holder
    return t


# ---------------------------------------------------------------------------
# Tasks


class Task:
    def __init__(self, coro, globals=None):
        self.coro = coro
        self.data = None       # free for the program, as on MicroPython
        self._park = None      # holder of this task while it waits
        self._entry = None     # its sleep queue entry while sleeping
        self._exc = None       # exception to throw in at the next step
        self._waiters = []     # tasks awaiting this one, or callbacks f(task)
        self._done = False
        self._result = None
        self._error = None     # exception it finished with
        self._awaited = False  # someone took (or will take) its outcome
        self._hops = 0         # rounds to wait in the run queue first
        self._io = None        # its I/O queue entry while waiting for I/O

    def done(self):
        return self._done

    def cancel(self):
        if self._done:
            return False
        p = self._park
        if p is not None:
            if not _forward_cancel(p):
                _wake(self, CancelledError())
        else:
            # Running now or already in the run queue: the exception is
            # thrown in at its next step (see _step for a running task
            # that then parks itself).
            self._exc = CancelledError()
        return True

    def _forward_cancel(self):
        # A task awaiting this one is cancelled: cancel this one instead
        # (the waiter gets its CancelledError through the await), as
        # CPython and MicroPython do.
        return self.cancel()

    def _unpark(self, waiter):
        # waiter (a task awaiting self) stops waiting.
        try:
            self._waiters.remove(waiter)
        except ValueError:
            pass

    def _outcome(self):
        self._awaited = True
        if self._error is not None:
            raise self._error
        return self._result

    def __iter__(self):
        if not self._done:
            t = _park_current(self)
            self._waiters.append(t)
            yield _PARK
        return self._outcome()

    __await__ = __iter__

    def _finish(self, result, error):
        self._done = True
        self._result = result
        self._error = error
        ws = self._waiters
        self._waiters = []
        if ws:
            self._awaited = True
            for w in ws:
                if isinstance(w, Task):
                    if w._park is self:
                        _resume(w)
                    else:
                        # A wait_for (CPython wakes it through a callback,
                        # one round later).
                        _wake(w, None, 1)
                else:
                    w(self)  # a callback (gather)
        elif (error is not None and not self._awaited
                and not isinstance(error, CancelledError)):
            _loop.call_exception_handler({
                'message': "Task exception wasn't retrieved",
                'exception': error,
                'future': self,
            })


def _step(t):
    global _cur_task
    exc = t._exc
    t._exc = None
    _cur_task = t
    try:
        if exc is None:
            y = t.coro.send(None)
        else:
            y = t.coro.throw(exc)
    except StopIteration as e:
        _cur_task = None
        t._finish(e.value, None)
        return
    except (CancelledError, Exception) as e:
        _cur_task = None
        t._finish(None, e)
        return
    except BaseException:
        _cur_task = None
        raise
    _cur_task = None
    if y is _PARK:
        if t._exc is not None and t._park is not None:
            # Cancelled while it was running: pass the cancellation on, or
            # wake it at once to throw it.
            p = t._park
            if _forward_cancel(p):
                t._exc = None
            else:
                t._park = None
                p._unpark(t)
                _ready.push(t)
        elif t._park is None:
            _ready.push(t)
    else:
        _ready.push(t)


def create_task(coro):
    if not hasattr(coro, 'send'):
        raise TypeError('coroutine expected')
    t = Task(coro)
    _ready.push(t)
    return t


def _promote(aw):
    # A Task for an awaitable (a Task already, or a coroutine).
    if isinstance(aw, Task):
        return aw
    return create_task(aw)


def current_task():
    if _cur_task is None:
        raise RuntimeError('no running event loop')
    return _cur_task


# ---------------------------------------------------------------------------
# Sleeping


def sleep_ms(ms):
    if ms <= 0:
        yield
    else:
        t = _park_current(_sleeping)
        _sleeping.push(t, ticks_add(ticks_ms(), ms))
        yield _PARK


def sleep(t):
    if t <= 0:
        return sleep_ms(0)
    ms = int(t * 1000)
    if ms < t * 1000 - 1e-6:
        ms += 1
    return sleep_ms(ms)


# ---------------------------------------------------------------------------
# Waiting for I/O: tasks parked until a stream (a socket, anything select.poll
# takes) is readable or writable.  The loop polls when such tasks exist.


class _IOQueue:
    def __init__(self):
        import select
        self.POLLIN = select.POLLIN
        self.POLLOUT = select.POLLOUT
        self.poller = select.poll()
        # id(stream) -> [stream, task waiting to read, task waiting to write]
        self.entries = {}

    def __len__(self):
        return len(self.entries)

    def _mask(self, e):
        m = 0
        if e[1] is not None:
            m |= self.POLLIN
        if e[2] is not None:
            m |= self.POLLOUT
        return m

    def _update(self, e):
        m = self._mask(e)
        if m:
            self.poller.modify(e[0], m)
        else:
            self.poller.unregister(e[0])
            del self.entries[id(e[0])]

    def add(self, s, i):
        # Park the current task until s is readable (i = 1) or writable (2).
        k = id(s)
        e = self.entries.get(k)
        if e is not None and e[i] is not None:
            raise RuntimeError('another task is already waiting on this stream')
        t = _park_current(self)
        t._io = e
        if e is None:
            e = [s, None, None]
            e[i] = t
            t._io = e
            self.entries[k] = e
            self.poller.register(s, self._mask(e))
        else:
            e[i] = t
            self._update(e)

    def _unpark(self, t):
        # t (cancelled) stops waiting.
        e = t._io
        t._io = None
        if e is not None:
            if e[1] is t:
                e[1] = None
            if e[2] is t:
                e[2] = None
            self._update(e)

    def wait(self, ms):
        # Poll for up to ms milliseconds (-1: until something is ready) and
        # make the tasks whose streams are ready runnable.
        for s, ev in self.poller.ipoll(ms):
            e = self.entries.get(id(s))
            if e is None:
                continue
            t = e[1]
            if t is not None and ev & ~self.POLLOUT:
                e[1] = None
                t._io = None
                _resume(t)
            t = e[2]
            if t is not None and ev & ~self.POLLIN:
                e[2] = None
                t._io = None
                _resume(t)
            self._update(e)


_io_queue = None


def _io_wait(s, i):
    # Await it to wait until s is readable (i = 1) or writable (i = 2).
    global _io_queue
    if _io_queue is None:
        _io_queue = _IOQueue()
    _io_queue.add(s, i)
    yield _PARK


# ---------------------------------------------------------------------------
# The loop


# ThreadSafeFlags with a waiting task.  Their set() can come from outside the
# loop, so the loop polls them each round and, while any waits, never idles
# longer than _FLAG_POLL_MS.
_flags = []
_FLAG_POLL_MS = 5


def _poll_flags():
    for f in _flags[:]:
        if f.state:
            t = f._waiter
            _flags.remove(f)
            if t is not None:
                f._waiter = None
                _resume(t)


def _run(main, loop):
    # Run tasks until main is done (or, main being None, until nothing is
    # left to run or loop.stop() is called).  Like CPython's loop, it works
    # in rounds: the sleepers whose time has come join the run queue, then
    # the tasks queued at the start of the round each run one step.
    while True:
        if main is not None and main._done:
            return main._outcome()
        e = _sleeping.peek()
        if e is not None:
            now = ticks_ms()
            while e is not None and ticks_diff(e[0], now) <= 0:
                t = _sleeping.pop_task()
                t._entry = None
                p = t._park
                t._park = None
                if p is not _sleeping:
                    p._unpark(t)  # a wait_for's holder
                # A timer wakes its task one round later, as in CPython.
                t._hops += 1
                _ready.push(t)
                e = _sleeping.peek()
        if _flags:
            _poll_flags()
        n = len(_ready)
        io = _io_queue
        if io is not None and len(io):
            # Tasks wait for I/O: poll (without blocking if others can run).
            if n == 0:
                dt = -1
                if e is not None:
                    dt = max(0, ticks_diff(e[0], ticks_ms()))
                if _flags and (dt < 0 or dt > _FLAG_POLL_MS):
                    dt = _FLAG_POLL_MS
                io.wait(dt)
                continue
            io.wait(0)
            n = len(_ready)
        if n == 0:
            if _flags:
                dt = _FLAG_POLL_MS
                if e is not None:
                    dt = min(dt, ticks_diff(e[0], ticks_ms()))
                if dt > 0:
                    _idle_ms(dt)
                continue
            if e is None:
                return None  # nothing can ever run again
            dt = ticks_diff(e[0], ticks_ms())
            if dt > 0:
                _idle_ms(dt)
            continue
        while n > 0:
            n -= 1
            t = _ready.pop()
            if t._hops > 0:
                t._hops -= 1
                _ready.push(t)
                continue
            _step(t)
            if main is not None:
                if main._done:
                    return main._outcome()
            elif loop._stopping:
                loop._stopping = False
                return None


class Loop:
    def __init__(self):
        self._stopping = False
        self._handler = None

    def create_task(self, coro):
        return create_task(coro)

    def run_forever(self):
        self._stopping = False
        _run(None, self)

    def run_until_complete(self, aw=None):
        if aw is None:
            return _run(None, self)
        t = _promote(aw)
        t._awaited = True
        return _run(t, self)

    def stop(self):
        self._stopping = True

    def close(self):
        pass

    def set_exception_handler(self, handler):
        self._handler = handler

    def get_exception_handler(self):
        return self._handler

    def default_exception_handler(self, context, context2=None):
        # (context), as in CPython, or (loop, context), as MicroPython calls it
        if context2 is not None:
            context = context2
        print(context['message'], file=sys.stderr)
        f = context.get('future')
        if f is not None:
            print('future:', f, 'coro=', f.coro, file=sys.stderr)
        e = context.get('exception')
        if e is not None:
            sys.print_exception(e, sys.stderr)

    def call_exception_handler(self, context):
        h = self._handler
        if h is None:
            self.default_exception_handler(context)
        else:
            h(self, context)


_loop = Loop()


def get_event_loop(runq_len=0, waitq_len=0):
    return _loop


def new_event_loop():
    # Forget every task, as MicroPython does, and return the loop.
    global _ready, _sleeping, _cur_task, _io_queue
    _ready = _RunQueue()
    _sleeping = _SleepQueue()
    _io_queue = None
    _cur_task = None
    del _flags[:]
    _loop._stopping = False
    return _loop


def run_until_complete(aw=None):
    return _loop.run_until_complete(aw)


def run(coro):
    return _loop.run_until_complete(create_task(coro))
