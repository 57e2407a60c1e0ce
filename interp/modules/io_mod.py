"""io: open, StringIO and BytesIO (in-memory streams), and the file types.
As in MicroPython, a StringIO holds UTF-8 and its positions (tell/seek) are
byte offsets; read(n) counts characters, as CPython does."""
import errno
from interp.objects.root import TypeDef
from interp.objects.moduleobject import W_Module
from interp.objects.funcobject import W_BuiltinFunction
from interp.objects.streamobject import W_Stream, add_stream_methods, check_open, wrap
from interp.objects import fileobject


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


stringio_typedef.add('__new__', _new(False))
bytesio_typedef.add('__new__', _new(True))


def _getvalue(space, w_self):
    check_open(space, w_self)
    return wrap(space, w_self, w_self.getvalue())


for _td in [stringio_typedef, bytesio_typedef]:
    add_stream_methods(_td)
    _td.method('getvalue', 0)(_getvalue)


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
