# asyncio.event: Event and ThreadSafeFlag (frozen into micropy)

from . import core
from .core import _PARK, _park_current, _resume


class Event:
    def __init__(self):
        self.state = False
        self._waiting = []

    def is_set(self):
        return self.state

    def set(self):
        self.state = True
        ws = self._waiting
        if ws:
            self._waiting = []
            for t in ws:
                _resume(t)

    def clear(self):
        self.state = False

    def wait(self):
        if not self.state:
            self._waiting.append(_park_current(self))
            yield _PARK
        return True

    def _unpark(self, t):
        try:
            self._waiting.remove(t)
        except ValueError:
            pass


class ThreadSafeFlag:
    # An Event for one waiting task, cleared when wait() returns.  set() may
    # be called from another thread or a micropython.schedule callback, so it
    # only raises the flag; the event loop looks at the flags of waiting tasks
    # each round (core._poll_flags) and wakes them.
    def __init__(self):
        self.state = False
        self._waiter = None

    def set(self):
        self.state = True

    def clear(self):
        self.state = False

    def wait(self):
        if not self.state:
            if self._waiter is not None:
                raise RuntimeError('ThreadSafeFlag already waited on')
            self._waiter = _park_current(self)
            core._flags.append(self)
            yield _PARK
        self.state = False

    def _unpark(self, t):
        # the waiting task was cancelled
        if self._waiter is t:
            self._waiter = None
            try:
                core._flags.remove(self)
            except ValueError:
                pass
