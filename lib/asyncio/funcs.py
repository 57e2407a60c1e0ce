# asyncio.funcs: wait_for, wait_for_ms, gather (frozen into micropy)

from time import ticks_ms, ticks_add
from . import core
from .core import CancelledError, _PARK, _park_current, _promote, _wake


class _Waiter:
    # Holds a task that waits for task t to finish, maybe with a timeout
    # (a sleep queue entry too).
    def __init__(self, t):
        self.t = t

    def _unpark(self, w):
        core._sleeping._unpark(w)
        self.t._unpark(w)


def _cancel_and_wait(t):
    # Cancel task t and wait until it has finished.
    t.cancel()
    if not t._done:
        w = _park_current(_Waiter(t))
        t._waiters.append(w)
        yield _PARK


def _wait_for(t, ms):
    if not t._done and ms > 0:
        w = _park_current(None)
        core._sleeping.push(w, ticks_add(ticks_ms(), ms))
        w._park = _Waiter(t)
        t._waiters.append(w)
        try:
            yield _PARK
        except CancelledError:
            # This wait_for was cancelled: so is the awaitable (if it has
            # just finished, its outcome wins, as in CPython 3.11).
            if t._done:
                return t._outcome()
            yield from _cancel_and_wait(t)
            raise
    if not t._done:
        # Timed out.
        yield from _cancel_and_wait(t)
        if isinstance(t._error, CancelledError):
            t._awaited = True
            raise core.TimeoutError
    return t._outcome()


def _to_ms(timeout):
    if timeout <= 0:
        return 0
    ms = int(timeout * 1000)
    if ms < timeout * 1000 - 1e-6:
        ms += 1
    return ms


def wait_for(aw, timeout):
    t = _promote(aw)
    if timeout is None:
        return (yield from t)
    return (yield from _wait_for(t, _to_ms(timeout)))


def wait_for_ms(aw, timeout):
    t = _promote(aw)
    if timeout is None:
        return (yield from t)
    return (yield from _wait_for(t, timeout))


class _Gather:
    # Holds a task in gather(); also the callback its children call when
    # they finish.
    def __init__(self, task, ts, n, stop_on_error):
        self.task = task
        self.ts = ts
        self.n = n
        self.stop_on_error = stop_on_error
        self.error = None
        self.cancelled = False

    def _forward_cancel(self):
        # The gather's task is cancelled: cancel the children; the task
        # gets CancelledError once they are all done, as in CPython.
        if not self.cancelled:
            self.cancelled = True
            self.stop_on_error = False
            for t in self.ts:
                t.cancel()
        return True

    def __call__(self, t):
        if self.task._park is not self:
            return
        if self.stop_on_error and t._error is not None:
            self.error = t._error
        else:
            self.n -= 1
            if self.n > 0:
                return
        # CPython wakes the gather through two callbacks: one round later.
        _wake(self.task, None, 1)

    def _unpark(self, task):
        for t in self.ts:
            if not t._done:
                t._unpark(self)
                t._awaited = True


def _wait_all(ts, stop_on_error):
    # Wait until every task of ts is done (or, stop_on_error, one fails):
    # the failure, or None.
    n = 0
    for t in ts:
        if not t._done:
            n += 1
        elif stop_on_error and t._error is not None:
            return t._error
    if n == 0:
        return None
    g = _Gather(None, ts, n, stop_on_error)
    g.task = _park_current(g)
    for t in ts:
        if not t._done:
            t._waiters.append(g)
    yield _PARK
    if g.cancelled:
        for t in ts:
            t._awaited = True
        raise CancelledError
    return g.error


def gather(*aws, return_exceptions=False):
    ts = [_promote(aw) for aw in aws]
    error = yield from _wait_all(ts, not return_exceptions)
    for t in ts:
        t._awaited = True
    if error is not None:
        raise error
    res = []
    for t in ts:
        if t._error is not None:
            res.append(t._error)
        else:
            res.append(t._result)
    return res
