"""io: open, StringIO and BytesIO (in-memory streams), and the file types.
As in MicroPython, a StringIO holds UTF-8 and its positions (tell/seek) are
byte offsets; read(n) counts characters, as CPython does."""
from rpython.rlib.rstring import StringBuilder
from interp.objects.root import W_Root, TypeDef
from interp.objects.moduleobject import W_Module
from interp.objects.funcobject import W_BuiltinFunction
from interp.objects import fileobject
from interp.error import oefmt, OperationError
from interp import utf8


class W_MemIO(W_Root):
    _attrs_ = ['data', 'pos', 'binary', 'closed']

    def __init__(self, binary, initial):
        self.binary = binary
        self.data = [c for c in initial]
        self.pos = 0
        self.closed = False

    def getclass(self, space):
        if self.binary:
            return space.builtin_types['BytesIO']
        return space.builtin_types['StringIO']

    def getvalue(self):
        return ''.join(self.data)

    def write(self, s):
        end = self.pos + len(s)
        while len(self.data) < self.pos:
            self.data.append('\x00')        # writing after a seek past the end
        i = 0
        while self.pos + i < len(self.data) and i < len(s):
            self.data[self.pos + i] = s[i]
            i += 1
        while i < len(s):
            self.data.append(s[i])
            i += 1
        self.pos = end

    def read_bytes(self, n):
        start = self.pos
        end = len(self.data) if n < 0 else min(len(self.data), start + n)
        if end <= start:
            return ''
        self.pos = end
        assert start >= 0
        return ''.join(self.data[start:end])

    def read_chars(self, n):
        start = self.pos
        end = start
        while n > 0 and end < len(self.data):
            end += 1
            n -= 1
            while end < len(self.data) and 0x80 <= ord(self.data[end]) < 0xc0:
                end += 1
        self.pos = max(end, start)
        assert start >= 0
        return ''.join(self.data[start:end])

    def readline(self, limit):
        start = self.pos
        end = start
        while end < len(self.data) and (limit < 0 or end - start < limit):
            end += 1
            if self.data[end - 1] == '\n':
                break
        self.pos = max(end, start)
        assert start >= 0
        return ''.join(self.data[start:end])


stringio_typedef = TypeDef('StringIO', W_MemIO)
bytesio_typedef = TypeDef('BytesIO', W_MemIO)


def _new(binary):
    def new(space, args):
        w_init = args.arg(1)
        if w_init is None:
            w_init = args.kw('initial_value')
        if w_init is None or space.is_none(w_init):
            initial = ''
        elif binary:
            initial = space.bytes_w(w_init)
        else:
            initial = space.text_w(w_init)
        return W_MemIO(binary, initial)
    return new


stringio_typedef.add('__new__', _new(False))
bytesio_typedef.add('__new__', _new(True))


def _check_open(space, w_self):
    if w_self.closed:
        raise oefmt(space.w_ValueError, "I/O operation on closed file")


def _wrap(space, w_self, s):
    if w_self.binary:
        return space.newbytes(s)
    if utf8.check_utf8(s) >= 0:
        raise oefmt(space.w_UnicodeError, "invalid utf-8")
    return space.newtext(s)


def _size_arg(space, w_n):
    if w_n is None or space.is_none(w_n):
        return -1
    return space.int_w(w_n)


def _write(space, w_self, w_data):
    _check_open(space, w_self)
    if w_self.binary:
        s = space.bytes_w(w_data)
        w_self.write(s)
        return space.newint(len(s))
    s = space.text_w(w_data)
    w_self.write(s)
    return space.newint(space.len_w(w_data))


def _read(space, w_self, w_n):
    _check_open(space, w_self)
    n = _size_arg(space, w_n)
    if w_self.binary or n < 0:
        return _wrap(space, w_self, w_self.read_bytes(n))
    return _wrap(space, w_self, w_self.read_chars(n))


def _readline(space, w_self, w_limit):
    _check_open(space, w_self)
    return _wrap(space, w_self, w_self.readline(_size_arg(space, w_limit)))


def _readlines(space, w_self):
    _check_open(space, w_self)
    lines_w = []
    while True:
        s = w_self.readline(-1)
        if not s:
            break
        lines_w.append(_wrap(space, w_self, s))
    return space.newlist(lines_w)


def _readinto(space, w_self, w_buf):
    from interp.objects.bytearrayobject import W_ByteArray
    _check_open(space, w_self)
    if not isinstance(w_buf, W_ByteArray):
        raise oefmt(space.w_TypeError, "object with buffer protocol required")
    s = w_self.read_bytes(len(w_buf.data))
    for i in range(len(s)):
        w_buf.data[i] = s[i]
    return space.newint(len(s))


def _getvalue(space, w_self):
    _check_open(space, w_self)
    return _wrap(space, w_self, w_self.getvalue())


def _seek(space, w_self, w_offset, w_whence):
    _check_open(space, w_self)
    offset = space.int_w(w_offset)
    whence = 0 if w_whence is None else space.int_w(w_whence)
    if whence == 1:
        offset += w_self.pos
    elif whence == 2:
        offset += len(w_self.data)
    elif whence != 0:
        raise oefmt(space.w_ValueError, "invalid whence (%d, should be 0, 1 or 2)" % whence)
    if offset < 0:
        if whence == 0:
            raise oefmt(space.w_ValueError, "negative seek position %d" % offset)
        offset = 0
    w_self.pos = offset
    return space.newint(offset)


def _tell(space, w_self):
    _check_open(space, w_self)
    return space.newint(w_self.pos)


def _flush(space, w_self):
    _check_open(space, w_self)
    return space.w_None


def _close(space, w_self):
    w_self.closed = True
    return space.w_None


def _enter(space, w_self):
    _check_open(space, w_self)
    return w_self


def _exit(space, w_self, w_t, w_v, w_tb):
    w_self.closed = True
    return space.w_None


def _iter(space, w_self):
    _check_open(space, w_self)
    return w_self


def _next(space, w_self):
    _check_open(space, w_self)
    s = w_self.readline(-1)
    if not s:
        raise OperationError(space.w_StopIteration, space.w_None)
    return _wrap(space, w_self, s)


for _td in [stringio_typedef, bytesio_typedef]:
    _td.method('write', 1)(_write)
    _td.method('read', 0, 1)(_read)
    _td.method('readline', 0, 1)(_readline)
    _td.method('readlines', 0)(_readlines)
    _td.method('getvalue', 0)(_getvalue)
    _td.method('seek', 1, 2)(_seek)
    _td.method('tell', 0)(_tell)
    _td.method('flush', 0)(_flush)
    _td.method('close', 0)(_close)
    _td.method('__enter__', 0)(_enter)
    _td.method('__exit__', 3)(_exit)
    _td.method('__iter__', 0)(_iter)
    _td.method('__next__', 0)(_next)
bytesio_typedef.method('readinto', 1)(_readinto)


def make_module(space):
    space._maketype(stringio_typedef)
    space._maketype(bytesio_typedef)
    w_mod = W_Module(space, 'io')
    d = w_mod.w_dict
    d.setitem_str('open', W_BuiltinFunction('open', fileobject.open_file))
    for name in ['StringIO', 'BytesIO']:
        d.setitem_str(name, space.builtin_types[name])
    d.setitem_str('TextIOWrapper', space.w_TextIOWrapper)
    d.setitem_str('FileIO', space.w_FileIO)
    return w_mod
