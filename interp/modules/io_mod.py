"""io: open, StringIO and BytesIO (in-memory streams), and the file types.
As in MicroPython, a StringIO holds UTF-8 and its positions (tell/seek) are
byte offsets; read(n) counts characters, as CPython does."""
import errno
from interp.objects.root import TypeDef
from interp.objects.moduleobject import W_Module
from interp.objects.funcobject import W_BuiltinFunction
from interp.objects.streamobject import W_Stream, add_stream_methods, check_open, wrap
from interp.objects import fileobject
from interp.gateway import function
from interp.error import OperationError
from interp.typedescr import make_class
from interp.subclass import builtin_new


class W_MemIO(W_Stream):
    _attrs_ = ['data', 'pos']

    def __init__(self, binary, initial):
        W_Stream.__init__(self, binary, True, True)
        self.data = [c for c in initial]
        self.pos = 0

    def getclass(self, space):
        if self.binary:
            return space.builtin_types['BytesIO']
        return space.builtin_types['StringIO']

    def getvalue(self):
        return ''.join(self.data)

    def write_str(self, s):
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

    def read_all(self):
        return self.read_bytes(-1)

    def seek(self, offset, whence):
        if whence == 1:
            offset += self.pos
        elif whence == 2:
            offset += len(self.data)
        if offset < 0:
            if whence == 0:
                raise OSError(errno.EINVAL, "negative seek position")
            offset = 0
        self.pos = offset
        return offset

    def tell(self):
        return self.pos

    def readline(self, limit=-1):
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


stringio_typedef.add('__new__', builtin_new('w_StringIO')(_new(False)))
bytesio_typedef.add('__new__', builtin_new('w_BytesIO')(_new(True)))


def _getvalue(space, w_self):
    check_open(space, w_self)
    return wrap(space, w_self, w_self.getvalue())


for _td in [stringio_typedef, bytesio_typedef]:
    add_stream_methods(_td)
    _td.method('getvalue', 0)(_getvalue)


# io.IOBase: the base of Python-defined streams.  MicroPython's stream
# functions call a subclass's readinto/write/ioctl; here print(file=...)
# and the rest call its methods directly, so the base only adds what
# CPython's IOBase gives every stream: the context manager, close/flush and
# line iteration through readline().
@function(1)
def iobase_self(space, w_self):
    return w_self


def iobase_exit(space, args):
    space.call_method(args.arg(0), 'close', [])
    return space.w_None


@function(1)
def iobase_noop(space, w_self):
    return space.w_None


@function(1)
def iobase_next(space, w_self):
    w_line = space.call_method(w_self, 'readline', [])
    if not space.is_true(w_line):
        raise OperationError(space.w_StopIteration, space.w_None)
    return w_line


def make_iobase(space):
    w_ns = space.newdict()
    for name, func in [('__enter__', iobase_self), ('__exit__', iobase_exit),
                       ('close', iobase_noop), ('flush', iobase_noop),
                       ('__iter__', iobase_self), ('__next__', iobase_next)]:
        space.setitem(w_ns, space.newtext(name), W_BuiltinFunction(name, func))
    space.setitem(w_ns, space.newtext('__module__'), space.newtext('io'))
    return make_class(space, space.w_type, 'IOBase', [space.w_object], w_ns)


def make_module(space):
    space.w_StringIO = space._maketype(stringio_typedef)
    space.w_BytesIO = space._maketype(bytesio_typedef)
    w_mod = W_Module(space, 'io')
    d = w_mod.w_dict
    d.setitem_str('open', W_BuiltinFunction('open', fileobject.open_file))
    for name in ['StringIO', 'BytesIO']:
        d.setitem_str(name, space.builtin_types[name])
    d.setitem_str('TextIOWrapper', space.w_TextIOWrapper)
    d.setitem_str('FileIO', space.w_FileIO)
    d.setitem_str('IOBase', make_iobase(space))
    return w_mod
