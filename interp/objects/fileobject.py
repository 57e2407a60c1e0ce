"""Streams over file descriptors: the objects open() returns and sys.stdin,
stdout and stderr.  Text streams (io.TextIOWrapper) read and write str as
UTF-8; binary ones (io.FileIO) read and write bytes.  Writes are buffered
and reach the descriptor on flush(), close(), seek()/tell(), a read, or a
newline on a line-buffered stream (a terminal, stderr)."""
import os
import errno
from rpython.rlib.rstring import StringBuilder
from interp.objects.root import TypeDef
from interp.objects.streamobject import (W_Stream, add_stream_methods, check_open,
                                         oserror, oserror_code)
from interp.error import oefmt
from interp import fileio

BUFSIZE = 8192


def copy_to_dupterm(space, s):
    """os.dupterm: terminal output also goes to the attached stream; a stream
    that raises is detached, as in MicroPython."""
    from interp.error import OperationError
    w_term = space.w_dupterm
    space.w_dupterm = None          # no recursion if the stream prints
    try:
        space.call_method(w_term, 'write', [space.newbytes(s)])
    except OperationError as e:
        space.stdout.flush()
        space.stderr.write_str('dupterm: Exception in write() method, deactivating: ')
        from interp.modules import sys_mod
        sys_mod.print_exception_to(space, e.get_w_value(space),
                                   sys_mod._Writer(space, None))
        return
    space.w_dupterm = w_term


class W_File(W_Stream):
    _attrs_ = ['fd', 'wbuf', 'wbuf_len', 'rbuf', 'rpos', 'line_buffered', 'w_buffer',
               'is_std', 'unbuffered']

    def __init__(self, fd, binary, readable=True, writable=True, is_std=False):
        W_Stream.__init__(self, binary, readable, writable)
        self.fd = fd
        self.wbuf = []
        self.wbuf_len = 0
        self.rbuf = ''
        self.rpos = 0
        self.is_std = is_std
        self.line_buffered = fd == 2 or (is_std and _isatty(fd))
        self.unbuffered = False     # a terminal or a board's console: every write shows
        self.w_buffer = None

    def getclass(self, space):
        if self.binary:
            return space.w_FileIO
        return space.w_TextIOWrapper

    # -- interp-level API (print, the REPL, the CLI use these) --

    def write_str(self, s):
        if self.is_std and self.binary and (self.fd == 1 or self.fd == 2):
            # sys.stdout.buffer shares the text stream's buffer, keeping order;
            # bytes reach a board's console as they are
            from interp.space import space
            target = space.stdout if self.fd == 1 else space.stderr
            if space.console.board:
                space.stdout.write_raw(s)
            else:
                target.write_str(s)
            return
        if self.fd == 2 and self.is_std:
            # keep stdout's order with respect to error output
            from interp.space import space
            if space.console.board:
                space.stdout.write_str(s)      # one console for both
                return
            space.stdout.flush()
            try:
                fileio.write_all(self.fd, s)
            except OSError:
                pass
            return
        if self.fd == 1 and self.is_std:
            from interp.space import space
            s = space.console.cook(s)
        self.write_raw(s)

    def write_raw(self, s):
        """Buffer s (the console's own drawing uses this: no \n -> \r\n)."""
        if self.fd == 1 and self.is_std:
            from interp.space import space
            if space.w_dupterm is not None:
                copy_to_dupterm(space, s)
        self.wbuf.append(s)
        self.wbuf_len += len(s)
        if self.unbuffered or (self.line_buffered and '\n' in s):
            self.flush()
        elif self.wbuf_len >= BUFSIZE:
            self.flush()

    def flush(self):
        """Write out buffered data; errors are dropped (for the std streams)."""
        try:
            self.flush_or_raise()
        except OSError:
            pass

    def flush_or_raise(self):
        if self.wbuf_len > 0:
            data = ''.join(self.wbuf)
            self.wbuf = []
            self.wbuf_len = 0
            if self.fd == 1 and self.is_std:
                from interp.space import space
                space.console.write_out(data)
                return
            fileio.write_all(self.fd, data)

    def _fill(self):
        """Refill the read buffer when it is used up; False at end of file."""
        if self.rpos < len(self.rbuf):
            return True
        from interp.space import space
        if self.fd == 0 and self.is_std:
            space.stdout.flush()        # a prompt shows before input is read
        while True:
            try:
                data = os.read(self.fd, BUFSIZE)
                if self.fd == 0 and self.is_std and space.console.executing:
                    data = space.console.filter_input(space, data)
                self.rbuf = data
                break
            except OSError as e:
                if e.errno != errno.EINTR:
                    raise
                # a signal: Ctrl-C becomes KeyboardInterrupt, others retry
                space.actionflag.check_signals(space)
        self.rpos = 0
        return len(self.rbuf) > 0

    def read_byte(self):
        """The next byte as an int, -1 at end of file (the REPL reads keys so)."""
        if not self._fill():
            return -1
        c = self.rbuf[self.rpos]
        self.rpos += 1
        return ord(c)

    def take_buffered(self, maxlen, keys_only):
        """Up to maxlen bytes that were already read ahead, without waiting;
        they stop before a control byte: with keys_only, any byte below 32
        or 127 (for the line editor), else Ctrl-A..Ctrl-E (raw REPL)."""
        start = self.rpos
        end = start
        n = len(self.rbuf)
        while end < n and end - start < maxlen:
            b = ord(self.rbuf[end])
            if keys_only:
                if b < 32 or b == 127:
                    break
            elif 1 <= b <= 5:
                break
            end += 1
        self.rpos = end
        return self.rbuf[start:end]

    def push_input(self, data):
        """Input read ahead (by the console while code runs) goes first."""
        if data:
            self.rbuf = self.rbuf[self.rpos:] + data
            self.rpos = 0

    def read_all(self):
        self.flush_or_raise()
        b = StringBuilder()
        while self._fill():
            b.append_slice(self.rbuf, self.rpos, len(self.rbuf))
            self.rpos = len(self.rbuf)
        return b.build()

    def read_bytes(self, n):
        self.flush_or_raise()
        b = StringBuilder()
        while n > 0 and self._fill():
            end = min(len(self.rbuf), self.rpos + n)
            b.append_slice(self.rbuf, self.rpos, end)
            n -= end - self.rpos
            self.rpos = end
        return b.build()

    def read_chars(self, n):
        """n characters of UTF-8 text (whole sequences, never split)."""
        self.flush_or_raise()
        b = StringBuilder()
        more = 0            # continuation bytes the last character still needs
        while (n > 0 or more > 0) and self._fill():
            c = self.rbuf[self.rpos]
            o = ord(c)
            if 0x80 <= o < 0xc0:
                if more == 0 and n == 0:
                    break           # a stray continuation byte: not ours
                more -= 1
            else:
                if n == 0:
                    break
                n -= 1
                more = utf8_more(o)
            self.rpos += 1
            b.append(c)
        return b.build()

    def readline(self, limit=-1):
        self.flush_or_raise()
        b = StringBuilder()
        while self._fill():
            stop = len(self.rbuf)
            nl = self.rbuf.find('\n', self.rpos)
            if nl >= 0:
                stop = nl + 1
            if limit >= 0 and stop - self.rpos >= limit:
                stop = self.rpos + limit
                limit = 0
            elif limit >= 0:
                limit -= stop - self.rpos
            b.append_slice(self.rbuf, self.rpos, stop)
            self.rpos = stop
            if nl >= 0 and stop == nl + 1 or limit == 0:
                break
        return b.build()

    def seek(self, offset, whence):
        self.flush_or_raise()
        if whence == 1:
            offset -= len(self.rbuf) - self.rpos     # what we read ahead
        self.rbuf = ''
        self.rpos = 0
        return os.lseek(self.fd, offset, whence)

    def tell(self):
        self.flush_or_raise()
        return os.lseek(self.fd, 0, 1) - (len(self.rbuf) - self.rpos)

    def close(self):
        if self.closed:
            return
        try:
            self.flush_or_raise()
        finally:
            self.closed = True
            if not self.is_std:
                os.close(self.fd)


def setup_std_streams(space):
    """At start-up (the streams are built at translation time): stdout to a
    terminal shows every write at once, as MicroPython's does."""
    tty = _isatty(1)
    space.stdout.line_buffered = tty
    space.stdout.unbuffered = tty


def utf8_more(lead):
    """How many continuation bytes follow a UTF-8 lead byte."""
    if lead >= 0xf0:
        return 3
    if lead >= 0xe0:
        return 2
    if lead >= 0xc0:
        return 1
    return 0


def _isatty(fd):
    try:
        return os.isatty(fd)
    except OSError:
        return False


textio_typedef = TypeDef('TextIOWrapper', W_File, acceptable_as_base=False)
fileio_typedef = TypeDef('FileIO', W_File, acceptable_as_base=False)


def _fileno(space, w_self):
    check_open(space, w_self)
    return space.newint(w_self.fd)


def _repr(space, w_self):
    return space.newtext('<io.%s %d>' % (space.type_name(w_self), w_self.fd))


for _td in [textio_typedef, fileio_typedef]:
    add_stream_methods(_td)
    _td.method('fileno', 0)(_fileno)
    _td.method('__repr__', 0)(_repr)


def _buffer(space, args):
    """sys.stdin.buffer and friends: the same descriptor, binary."""
    w_self = args.args_w[0]
    assert isinstance(w_self, W_File)
    if w_self.w_buffer is None:
        w_self.w_buffer = W_File(w_self.fd, True, w_self.readable, w_self.writable,
                                 w_self.is_std)
    return w_self.w_buffer


textio_typedef.add_getset('buffer', _buffer)


# ____________________________________________________________
# open()

def parse_mode(space, mode):
    """(flags, binary, readable, writable) for an open() mode string."""
    kind = '\0'
    binary = False
    text = False
    plus = False
    for c in mode:
        if c in 'rwax':
            if kind != '\0':
                raise oefmt(space.w_ValueError, "invalid mode: '%s'" % mode)
            kind = c
        elif c == 'b' and not binary:
            binary = True
        elif c == 't' and not text:
            text = True
        elif c == '+' and not plus:
            plus = True
        else:
            raise oefmt(space.w_ValueError, "invalid mode: '%s'" % mode)
    if kind == '\0' or (binary and text):
        raise oefmt(space.w_ValueError, "invalid mode: '%s'" % mode)
    if kind == 'r':
        flags = os.O_RDWR if plus else os.O_RDONLY
    elif kind == 'w':
        flags = (os.O_RDWR if plus else os.O_WRONLY) | os.O_CREAT | os.O_TRUNC
    elif kind == 'a':
        flags = (os.O_RDWR if plus else os.O_WRONLY) | os.O_CREAT | os.O_APPEND
    else:
        flags = (os.O_RDWR if plus else os.O_WRONLY) | os.O_CREAT | os.O_EXCL
    readable = kind == 'r' or plus
    writable = kind != 'r' or plus
    return flags, binary, readable, writable


def open_file(space, args):
    """open(file, mode='r', buffering=-1, encoding=None, ...)"""
    args.check_kw_only(space, 'open', ['mode', 'buffering', 'encoding', 'errors',
                                       'newline', 'closefd', 'opener', 'file'])
    w_file = args.arg(0)
    if w_file is None:
        w_file = args.kw('file')
    if w_file is None:
        raise oefmt(space.w_TypeError, "function missing 1 required positional arguments")
    w_mode = args.arg(1)
    if w_mode is None:
        w_mode = args.kw('mode')
    mode = 'r' if w_mode is None else space.text_w(w_mode)
    w_enc = args.arg(3)
    if w_enc is None:
        w_enc = args.kw('encoding')
    if w_enc is not None and not space.is_none(w_enc):
        enc = space.text_w(w_enc).lower()
        if enc not in ('utf-8', 'utf8', 'utf_8'):
            raise oefmt(space.w_LookupError, "unknown encoding: %s" % space.text_w(w_enc))
    from interp.objects.intobject import W_Int
    if isinstance(w_file, W_Int):
        flags, binary, readable, writable = parse_mode(space, mode)
        return W_File(w_file.intval, binary, readable, writable)
    from interp import vfs
    w_vfs, path = vfs.resolve(space, space.text_w(w_file))
    if w_vfs is not None:
        parse_mode(space, mode)         # the same errors for a bad mode
        return space.call_method(w_vfs, 'open', [space.newtext(path), space.newtext(mode)])
    return open_host_file(space, path, mode)


def open_host_file(space, path, mode):
    flags, binary, readable, writable = parse_mode(space, mode)
    try:
        fd = os.open(path, flags, 0666)
    except OSError as e:
        raise oserror(space, e)
    if fileio.is_dir(path):
        os.close(fd)
        raise oserror_code(space, errno.EISDIR)
    return W_File(fd, binary, readable, writable)
