# asyncio for micropy, with MicroPython's asyncio API (frozen into micropy).
# `import uasyncio` gets it too.  Streams (stream.py) work on sockets; the
# loop waits for I/O with select.poll (core._IOQueue).

from .core import (CancelledError, TimeoutError, Task, Loop, create_task,
                   current_task, sleep, sleep_ms, run, run_until_complete,
                   get_event_loop, new_event_loop)
from .funcs import wait_for, wait_for_ms, gather
from .event import Event, ThreadSafeFlag
from .lock import Lock
from .stream import (Stream, StreamReader, StreamWriter, Server, open_connection,
                     start_server)

__version__ = (3, 0, 0)
