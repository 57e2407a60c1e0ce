# MicroPython's u-prefixed module names still import (MicroPython only: .exp)
import ucollections, uheapq, utime, uos, uio, uerrno
import collections, heapq, time, os, io, errno
print(ucollections.deque is collections.deque, uheapq.heappush is heapq.heappush)
print(utime.ticks_ms is time.ticks_ms, uos.listdir is os.listdir, uio.StringIO is io.StringIO, uerrno.ENOENT)
import sys
print('.frozen' in sys.path, sys.path.index('.frozen'))
try:
    import unonexistent
except ImportError:
    print('ImportError')
