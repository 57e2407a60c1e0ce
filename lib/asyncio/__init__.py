# asyncio for micropy, with MicroPython's asyncio API (frozen into micropy).
# `import uasyncio` gets it too.  Not here yet: streams (StreamReader,
# StreamWriter, open_connection, start_server), which need sockets and select.

from .core import (CancelledError, TimeoutError, Task, Loop, create_task,
                   current_task, sleep, sleep_ms, run, run_until_complete,
                   get_event_loop, new_event_loop)
from .funcs import wait_for, wait_for_ms, gather
from .event import Event, ThreadSafeFlag
from .lock import Lock

__version__ = (3, 0, 0)
