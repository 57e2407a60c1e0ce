"""bytes (immutable byte strings)."""
from rpython.rlib.objectmodel import compute_hash
from rpython.rlib.rstring import StringBuilder
from interp.objects.root import W_Root, TypeDef
from interp.objects.strobject import hex2
from interp.error import oefmt
from interp import ops
from interp.subclass import builtin_new


class W_Bytes(W_Root):
    _attrs_ = ['value']
    _immutable_fields_ = ['value']

    def __init__(self, value):
        self.value = value

    def getclass(self, space):
        return space.w_bytes


def bytes_repr(s):
    quote = "'"
    if "'" in s and '"' not in s:
        quote = '"'
    b = StringBuilder(len(s) + 3)
    b.append('b')
    b.append(quote)
    for c in s:
        o = ord(c)
        if c == quote or c == '\\':
            b.append('\\')
            b.append(c)
        elif c == '\n':
            b.append('\\n')
        elif c == '\r':
            b.append('\\r')
        elif c == '\t':
            b.append('\\t')
        elif o < 0x20 or o >= 0x7f:
            b.append('\\x')
            b.append(hex2(o))
        else:
            b.append(c)
    b.append(quote)
    return b.build()


bytes_typedef = TypeDef('bytes', W_Bytes)


@builtin_new('w_bytes')
def bytes_new(space, args):
    from interp.objects.strobject import W_Str
    from interp.objects.intobject import W_Int
    args.check_kw_only(space, 'bytes', ['source', 'encoding', 'errors'])
    if len(args.args_w) > 4:
        raise oefmt(space.w_TypeError, "bytes() takes at most 3 arguments")
    w_x = args.arg(1)
    if w_x is None:
        w_x = args.kw('source')
    w_enc = args.arg(2)
    if w_enc is None:
        w_enc = args.kw('encoding')
    w_err = args.arg(3)
    if w_err is None:
        w_err = args.kw('errors')
    if w_enc is not None and not isinstance(w_enc, W_Str):
        raise oefmt(space.w_TypeError, "bytes() argument 'encoding' must be str")
    if w_err is not None and not isinstance(w_err, W_Str):
        raise oefmt(space.w_TypeError, "bytes() argument 'errors' must be str")
    if w_x is None:
        if w_enc is not None or w_err is not None:
            raise oefmt(space.w_TypeError, "encoding or errors without sequence argument")
        return W_Bytes('')
    if isinstance(w_x, W_Str):
        if w_enc is None:
            raise oefmt(space.w_TypeError, "string argument without an encoding")
        return W_Bytes(w_x.utf8)
    if w_enc is not None or w_err is not None:
        raise oefmt(space.w_TypeError, "encoding without a string argument")
    if isinstance(w_x, W_Bytes):
        if type(w_x) is not W_Bytes:
            return W_Bytes(w_x.value)     # a copy of a subclass instance's bytes
        return w_x
    if isinstance(w_x, W_Int):
        n = w_x.intval
        if n < 0:
            raise oefmt(space.w_ValueError, "negative count")
        return W_Bytes('\x00' * n)
    from interp.objects.bufferobject import buffer_w
    raw = buffer_w(space, w_x)      # bytearray, memoryview, array: their bytes
    if raw is not None:
        return W_Bytes(raw)
    b = StringBuilder()
    for w_item in space.unpack_iterable(w_x):
        v = space.int_w(w_item)
        if v < 0 or v > 255:
            raise oefmt(space.w_ValueError, "bytes must be in range(0, 256)")
        b.append(chr(v))
    return W_Bytes(b.build())


bytes_typedef.add('__new__', bytes_new)


@bytes_typedef.method('__repr__', 0)
def descr_repr(space, w_self):
    return space.newtext(bytes_repr(w_self.value))


@bytes_typedef.method('__len__', 0)
def descr_len(space, w_self):
    return space.newint(len(w_self.value))


@bytes_typedef.method('__hash__', 0)
def descr_hash(space, w_self):
    return space.newint(compute_hash(w_self.value))


@bytes_typedef.method('__add__', 1)
def descr_add(space, w_self, w_other):
    if isinstance(w_other, W_Bytes):
        return W_Bytes(w_self.value + w_other.value)
    from interp.objects.bytearrayobject import W_ByteArray
    if isinstance(w_other, W_ByteArray):
        return W_Bytes(w_self.value + w_other.as_str())
    from interp.objects.memoryviewobject import W_MemoryView
    if isinstance(w_other, W_MemoryView):
        return W_Bytes(w_self.value + w_other.as_str(space))
    return space.w_NotImplemented


def _bytes_mul(space, w_self, w_times):
    if not space.is_index(w_times):
        return space.w_NotImplemented
    n = space.int_w(w_times)
    if n <= 0:
        return W_Bytes('')
    return W_Bytes(w_self.value * n)


@bytes_typedef.method('__mul__', 1)
def descr_mul(space, w_self, w_times):
    return _bytes_mul(space, w_self, w_times)


@bytes_typedef.method('__rmul__', 1)
def descr_rmul(space, w_self, w_times):
    return _bytes_mul(space, w_self, w_times)


@bytes_typedef.method('__getitem__', 1)
def descr_getitem(space, w_self, w_index):
    from interp.objects.sliceobject import W_Slice
    s = w_self.value
    if isinstance(w_index, W_Slice):
        start, stop, step, length = w_index.indices(space, len(s))
        if length <= 0:
            return W_Bytes('')
        if step == 1:
            assert start >= 0 and length >= 0
            return W_Bytes(s[start:start + length])
        b = StringBuilder(length)
        i = start
        for k in range(length):
            b.append(s[i])
            i += step
        return W_Bytes(b.build())
    i = space.getindex_w(w_index, len(s), "index out of range")
    return space.newint(ord(s[i]))


@bytes_typedef.method('__iter__', 0)
def descr_iter(space, w_self):
    from interp.objects.iterobject import W_BytesIterator
    return W_BytesIterator(w_self.value)


@bytes_typedef.method('__contains__', 1)
def descr_contains(space, w_self, w_sub):
    from interp.objects.intobject import W_Int
    if isinstance(w_sub, W_Int):
        v = space.int_w(w_sub)
        if v < 0 or v > 255:
            raise oefmt(space.w_ValueError, "byte must be in range(0, 256)")
        return space.newbool(chr(v) in w_self.value)
    from interp.objects.bytearrayobject import W_ByteArray
    if isinstance(w_sub, W_ByteArray):
        return space.newbool(w_self.value.find(w_sub.as_str()) >= 0)
    return space.newbool(w_self.value.find(space.bytes_w(w_sub)) >= 0)


compare_bytes = ops.compare_strings


def _make_cmp(op):
    def cmp(space, args):
        w_a = args.args_w[0]
        w_b = args.args_w[1]
        if not isinstance(w_a, W_Bytes) or not isinstance(w_b, W_Bytes):
            return space.w_NotImplemented
        return space.newbool(compare_bytes(op, w_a.value, w_b.value))
    return cmp


for _op in range(6):
    bytes_typedef.add(ops.CMP_NAMES[_op], _make_cmp(_op))


@bytes_typedef.method('decode', 0, 2)
def descr_decode(space, w_self, w_encoding, w_errors):
    from interp.objects.strobject import decode_utf8
    _check_text_arg(space, w_encoding, 'encoding')
    _check_text_arg(space, w_errors, 'errors')
    return decode_utf8(space, w_self.value)


def _check_text_arg(space, w_arg, what):
    from interp.objects.strobject import W_Str
    if w_arg is not None and not isinstance(w_arg, W_Str):
        raise oefmt(space.w_TypeError, "decode() argument '%s' must be str" % what)


def check_decode_args(space, args):
    """decode(encoding, errors) of a bytes-like object (args include self)."""
    args.check_kw_only(space, 'decode', ['encoding', 'errors'])
    if len(args.args_w) > 3:
        raise oefmt(space.w_TypeError, "decode() takes at most 2 arguments")
    w_enc = args.arg(1)
    if w_enc is None:
        w_enc = args.kw('encoding')
    w_err = args.arg(2)
    if w_err is None:
        w_err = args.kw('errors')
    _check_text_arg(space, w_enc, 'encoding')
    _check_text_arg(space, w_err, 'errors')


@bytes_typedef.method('hex', 0)
def descr_hex(space, w_self):
    b = StringBuilder(2 * len(w_self.value))
    for c in w_self.value:
        b.append(hex2(ord(c)))
    return space.newtext(b.build())
import interp.objects.bytes_strmethods  # noqa: registers the shared methods


def _hexval(c):
    if '0' <= c <= '9':
        return ord(c) - ord('0')
    if 'a' <= c <= 'f':
        return ord(c) - ord('a') + 10
    if 'A' <= c <= 'F':
        return ord(c) - ord('A') + 10
    return -1


def fromhex_str(space, s):
    """The bytes spelled by hex digit pairs in s (whitespace between pairs allowed)."""
    b = StringBuilder(len(s) // 2)
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c == ' ' or c == '\t' or c == '\n' or c == '\r' or c == '\x0b' or c == '\x0c':
            i += 1
            continue
        hi = _hexval(c)
        lo = -1
        if i + 1 < n:
            lo = _hexval(s[i + 1])
        if hi < 0 or lo < 0:
            raise oefmt(space.w_ValueError,
                        "non-hexadecimal number found in fromhex() arg at position %d" % i)
        b.append(chr(hi * 16 + lo))
        i += 2
    return b.build()


def bytes_fromhex(space, args):
    w_s = args.arg(1)
    if w_s is None:
        raise oefmt(space.w_TypeError, "fromhex() takes exactly 1 argument")
    w_res = W_Bytes(fromhex_str(space, space.text_w(w_s)))
    w_cls = args.args_w[0]
    if w_cls is not space.w_bytes:
        return space.call_function(w_cls, [w_res])     # a subclass: cls(bytes)
    return w_res


bytes_typedef.add_classmethod('fromhex', bytes_fromhex)
