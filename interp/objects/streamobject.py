"""W_Stream: what files (fileobject.py) and in-memory streams (io.StringIO,
io.BytesIO in modules/io_mod.py) share.  A subclass implements the
interp-level primitives (read_all, read_bytes, read_chars, readline,
write_str, seek, tell, flush_or_raise, close), which raise OSError; the
app-level methods here check state, convert str/bytes and errors, and are
installed on each stream type with `add_stream_methods`."""
import errno
from interp.objects.root import W_Root
from interp.error import oefmt, OperationError
from interp import utf8


class W_Stream(W_Root):
    _attrs_ = ['binary', 'closed', 'readable', 'writable']

    def __init__(self, binary, readable, writable):
        self.binary = binary
        self.closed = False
        self.readable = readable
        self.writable = writable

    # primitives, all in bytes (text streams hold UTF-8)
    def read_all(self):
        raise NotImplementedError

    def read_bytes(self, n):
        raise NotImplementedError

    def read_chars(self, n):
        """n characters of UTF-8 text, never splitting one."""
        raise NotImplementedError

    def readline(self, limit=-1):
        raise NotImplementedError

    def write_str(self, s):
        raise NotImplementedError

    def seek(self, offset, whence):
        raise NotImplementedError

    def tell(self):
        raise NotImplementedError

    def flush_or_raise(self):
        pass

    def close(self):
        self.closed = True


def oserror(space, e):
    """An app-level OSError(errno) from an interp-level OSError."""
    return oserror_code(space, e.errno)


def oserror_code(space, code):
    w_exc = space.call_function(space.w_OSError, [space.newint(code)])
    return OperationError(space.w_OSError, w_exc)


def check_open(space, w_self):
    if w_self.closed:
        raise oefmt(space.w_ValueError, "I/O operation on closed file")


def wrap(space, w_self, s):
    if w_self.binary:
        return space.newbytes(s)
    if utf8.check_utf8(s) >= 0:
        raise oefmt(space.w_UnicodeError, "invalid utf-8")
    return space.newtext(s)


def _size_arg(space, w_n):
    if w_n is None or space.is_none(w_n):
        return -1
    return space.int_w(w_n)


def stream_write(space, w_self, w_data):
    check_open(space, w_self)
    if not w_self.writable:
        raise oserror_code(space, errno.EBADF)
    if w_self.binary:
        s = space.bytes_w(w_data)
        n = len(s)
    else:
        s = space.text_w(w_data)
        n = space.len_w(w_data)
    try:
        w_self.write_str(s)
    except OSError as e:
        raise oserror(space, e)
    return space.newint(n)


def stream_read(space, w_self, w_size):
    check_open(space, w_self)
    n = _size_arg(space, w_size)
    try:
        if n < 0:
            s = w_self.read_all()
        elif w_self.binary:
            s = w_self.read_bytes(n)
        else:
            s = w_self.read_chars(n)
    except OSError as e:
        raise oserror(space, e)
    return wrap(space, w_self, s)


def stream_readline(space, w_self, w_limit):
    check_open(space, w_self)
    try:
        s = w_self.readline(_size_arg(space, w_limit))
    except OSError as e:
        raise oserror(space, e)
    return wrap(space, w_self, s)


def stream_readlines(space, w_self):
    check_open(space, w_self)
    lines_w = []
    while True:
        try:
            s = w_self.readline(-1)
        except OSError as e:
            raise oserror(space, e)
        if not s:
            break
        lines_w.append(wrap(space, w_self, s))
    return space.newlist(lines_w)


def stream_readinto(space, w_self, w_buf):
    from interp.objects.bytearrayobject import W_ByteArray
    check_open(space, w_self)
    if not isinstance(w_buf, W_ByteArray):
        raise oefmt(space.w_TypeError, "object with buffer protocol required")
    try:
        s = w_self.read_bytes(len(w_buf.data))
    except OSError as e:
        raise oserror(space, e)
    for i in range(len(s)):
        w_buf.data[i] = s[i]
    return space.newint(len(s))


def stream_flush(space, w_self):
    check_open(space, w_self)
    try:
        w_self.flush_or_raise()
    except OSError as e:
        raise oserror(space, e)
    return space.w_None


def stream_close(space, w_self):
    try:
        w_self.close()
    except OSError as e:
        raise oserror(space, e)
    return space.w_None


def stream_seek(space, w_self, w_offset, w_whence):
    check_open(space, w_self)
    whence = 0 if w_whence is None else space.int_w(w_whence)
    if whence < 0 or whence > 2:
        raise oefmt(space.w_ValueError, "invalid whence (%d, should be 0, 1 or 2)" % whence)
    try:
        return space.newint(w_self.seek(space.int_w(w_offset), whence))
    except OSError as e:
        raise oserror(space, e)


def stream_tell(space, w_self):
    check_open(space, w_self)
    try:
        return space.newint(w_self.tell())
    except OSError as e:
        raise oserror(space, e)


def stream_enter(space, w_self):
    check_open(space, w_self)
    return w_self


def stream_exit(space, w_self, w_t, w_v, w_tb):
    # through the method: a subclass's close() runs, as in CPython
    space.call_method(w_self, 'close', [])
    return space.w_None


def stream_iter(space, w_self):
    check_open(space, w_self)
    return w_self


def stream_next(space, w_self):
    w_line = stream_readline(space, w_self, None)
    if space.len_w(w_line) == 0:
        raise OperationError(space.w_StopIteration, space.w_None)
    return w_line


def add_stream_methods(typedef):
    typedef.method('write', 1)(stream_write)
    typedef.method('read', 0, 1)(stream_read)
    typedef.method('readline', 0, 1)(stream_readline)
    typedef.method('readlines', 0)(stream_readlines)
    typedef.method('readinto', 1)(stream_readinto)
    typedef.method('flush', 0)(stream_flush)
    typedef.method('close', 0)(stream_close)
    typedef.method('seek', 1, 2)(stream_seek)
    typedef.method('tell', 0)(stream_tell)
    typedef.method('__enter__', 0)(stream_enter)
    typedef.method('__exit__', 3)(stream_exit)
    typedef.method('__iter__', 0)(stream_iter)
    typedef.method('__next__', 0)(stream_next)
