# asyncio.lock: Lock (frozen into micropy)

from .core import CancelledError, _PARK, _park_current, _resume


class Lock:
    # As in CPython, waiters get the lock in FIFO order: a task woken by
    # release() stays first in the waiting list until it runs and takes
    # the lock, so that no newcomer gets in before it.
    def __init__(self):
        self.state = 0
        self._waiting = []

    def locked(self):
        return self.state == 1

    def release(self):
        if self.state != 1:
            raise RuntimeError('Lock not acquired')
        self.state = 0
        self._wake_first()

    def _wake_first(self):
        if self._waiting:
            t = self._waiting[0]
            if t._park is self:
                # Woken but kept in the list; _unpark won't remove it now.
                _resume(t)

    def acquire(self):
        if self.state == 1 or self._waiting:
            t = _park_current(self)
            self._waiting.append(t)
            try:
                yield _PARK
            except CancelledError:
                if t in self._waiting:
                    self._waiting.remove(t)
                if self.state == 0:
                    self._wake_first()
                raise
            self._waiting.remove(t)
        self.state = 1
        return True

    def _unpark(self, t):
        # t, waiting for the lock, is cancelled.
        self._waiting.remove(t)

    def __aenter__(self):
        return self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self.release()
