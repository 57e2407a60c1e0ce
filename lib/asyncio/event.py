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
    # An Event for one waiting task, cleared when wait() returns.  There are
    # no interrupts or threads in micropy's asyncio: set() runs in a task.
    def __init__(self):
        self.state = False
        self._waiter = None

    def set(self):
        self.state = True
        t = self._waiter
        if t is not None:
            self._waiter = None
            _resume(t)

    def clear(self):
        self.state = False

    def wait(self):
        if not self.state:
            if self._waiter is not None:
                raise RuntimeError('ThreadSafeFlag already waited on')
            self._waiter = _park_current(self)
            yield _PARK
        self.state = False

    def _unpark(self, t):
        if self._waiter is t:
            self._waiter = None
