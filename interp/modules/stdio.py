"""sys.stdin/stdout/stderr: text streams over file descriptors 0, 1, 2."""
import os
from rpython.rlib.rstring import StringBuilder
from interp.objects.root import W_Root, TypeDef
from interp.error import oefmt
from interp import fileio


class W_StdStream(W_Root):
    _attrs_ = ['fd', 'buf', 'line_buffered', 'binary', 'w_buffer']

    def __init__(self, fd, binary):
        self.fd = fd
        self.buf = []
        self.binary = binary
        self.line_buffered = fd == 2 or _isatty(fd)
        self.w_buffer = None

    def getclass(self, space):
        if self.binary:
            return space.builtin_types['FileIO']
        return space.builtin_types['TextIOWrapper']

    def write_str(self, s):
        if self.fd == 2:
            # keep stdout's order with respect to our own error output
            from interp.space import space
            space.stdout.flush()
            fileio.write_all(self.fd, s)
            return
        self.buf.append(s)
        if self.line_buffered and '\n' in s:
            self.flush()
        elif len(self.buf) > 256:
            self.flush()

    def flush(self):
        if self.buf:
            data = ''.join(self.buf)
            self.buf = []
            try:
                fileio.write_all(self.fd, data)
            except OSError:
                pass

    def read_all(self):
        b = StringBuilder()
        while True:
            chunk = os.read(self.fd, 65536)
            if not chunk:
                break
            b.append(chunk)
        return b.build()

    def readline(self):
        b = StringBuilder()
        while True:
            c = os.read(self.fd, 1)
            if not c:
                break
            b.append(c)
            if c == '\n':
                break
        return b.build()


def _isatty(fd):
    try:
        return os.isatty(fd)
    except OSError:
        return False


textio_typedef = TypeDef('TextIOWrapper', W_StdStream, acceptable_as_base=False)
fileio_typedef = TypeDef('FileIO', W_StdStream, acceptable_as_base=False)


def _write(space, w_self, w_data):
    if w_self.binary:
        s = space.bytes_w(w_data)
        # share the text stream's buffer so that output keeps its order
        target = w_self
        if w_self.fd == 1:
            target = space.stdout
        target.write_str(s)
        return space.newint(len(s))
    s = space.text_w(w_data)
    w_self.write_str(s)
    return space.newint(space.len_w(w_data))


def _read(space, w_self, w_size):
    if w_size is None or space.int_w(w_size) < 0:
        s = w_self.read_all()
    else:
        n = space.int_w(w_size)
        b = StringBuilder()
        while n > 0:
            chunk = os.read(w_self.fd, n)
            if not chunk:
                break
            b.append(chunk)
            n -= len(chunk)
        s = b.build()
    if w_self.binary:
        return space.newbytes(s)
    return space.newtext(s)


def _readline(space, w_self):
    space.stdout.flush()
    s = w_self.readline()
    if w_self.binary:
        return space.newbytes(s)
    return space.newtext(s)


def _flush(space, w_self):
    w_self.flush()
    return space.w_None


def _fileno(space, w_self):
    return space.newint(w_self.fd)


for _td in [textio_typedef, fileio_typedef]:
    _td.method('write', 1)(_write)
    _td.method('read', 0, 1)(_read)
    _td.method('readline', 0)(_readline)
    _td.method('flush', 0)(_flush)
    _td.method('fileno', 0)(_fileno)


def _buffer(space, args):
    w_self = args.args_w[0]
    assert isinstance(w_self, W_StdStream)
    if w_self.w_buffer is None:
        w_self.w_buffer = W_StdStream(w_self.fd, True)
    return w_self.w_buffer


textio_typedef.add_getset('buffer', _buffer)
