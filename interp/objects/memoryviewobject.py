"""memoryview: a view onto the bytes of a bytes or bytearray, without copying.

A view keeps its base object (not the base's storage: a bytearray replaces
its list of chars when it is resized) and the positions it covers: item i of
the view is byte start + i * step of the base."""
from rpython.rlib.rstring import StringBuilder
from rpython.rlib.objectmodel import compute_hash
from interp.objects.root import W_Root, TypeDef
from interp.objects.bytesobject import W_Bytes, compare_bytes
from interp.objects.bytearrayobject import W_ByteArray
from interp.objects.intobject import W_AbstractInt, W_Int
from interp.objects.sliceobject import W_Slice
from interp.error import oefmt
from interp import ops


class W_MemoryView(W_Root):
    _attrs_ = ['w_base', 'start', 'step', 'length', 'released']

    def __init__(self, w_base, start, step, length):
        self.w_base = w_base        # a W_Bytes or a W_ByteArray
        self.start = start
        self.step = step
        self.length = length
        self.released = False

    def getclass(self, space):
        return space.w_memoryview

    def readonly(self):
        return not isinstance(self.w_base, W_ByteArray)

    def check(self, space):
        if self.released:
            raise oefmt(space.w_ValueError,
                        "operation forbidden on released memoryview object")

    def base_len(self):
        w_base = self.w_base
        if isinstance(w_base, W_ByteArray):
            return len(w_base.data)
        assert isinstance(w_base, W_Bytes)
        return len(w_base.value)

    def getchar(self, space, i):
        """Byte i of the view (0 <= i < length)."""
        pos = self.start + i * self.step
        w_base = self.w_base
        if isinstance(w_base, W_ByteArray):
            data = w_base.data
            if 0 <= pos < len(data):
                return data[pos]
        else:
            assert isinstance(w_base, W_Bytes)
            s = w_base.value
            if 0 <= pos < len(s):
                return s[pos]
        raise oefmt(space.w_IndexError, "index out of bounds")

    def setchar(self, space, i, c):
        pos = self.start + i * self.step
        w_base = self.w_base
        assert isinstance(w_base, W_ByteArray)
        data = w_base.data
        if 0 <= pos < len(data):
            data[pos] = c
            return
        raise oefmt(space.w_IndexError, "index out of bounds")

    def as_str(self, space):
        """A copy of the bytes in the view."""
        self.check(space)
        w_base = self.w_base
        if self.step == 1 and isinstance(w_base, W_Bytes):
            s = w_base.value
            start = self.start
            stop = start + self.length
            if 0 <= start <= stop <= len(s):
                if start == 0 and stop == len(s):
                    return s
                return s[start:stop]
        b = StringBuilder(self.length)
        for i in range(self.length):
            b.append(self.getchar(space, i))
        return b.build()


def make_view(space, w_obj):
    if isinstance(w_obj, W_MemoryView):
        w_obj.check(space)
        return W_MemoryView(w_obj.w_base, w_obj.start, w_obj.step, w_obj.length)
    if isinstance(w_obj, W_Bytes):
        return W_MemoryView(w_obj, 0, 1, len(w_obj.value))
    if isinstance(w_obj, W_ByteArray):
        return W_MemoryView(w_obj, 0, 1, len(w_obj.data))
    raise oefmt(space.w_TypeError, "memoryview: a bytes-like object is required, not '%s'"
                % space.type_name(w_obj))


def bytes_of(space, w_obj):
    """The bytes of a bytes, bytearray or memoryview, or None."""
    if isinstance(w_obj, W_Bytes):
        return w_obj.value
    if isinstance(w_obj, W_ByteArray):
        return w_obj.as_str()
    if isinstance(w_obj, W_MemoryView):
        return w_obj.as_str(space)
    return None


memoryview_typedef = TypeDef('memoryview', W_MemoryView, acceptable_as_base=False)


def memoryview_new(space, args):
    if args.has_kw():
        w_obj = args.kw('object')
        if w_obj is None or len(args.args_w) > 1:
            args.check_kw_only(space, 'memoryview', ['object'])
            raise oefmt(space.w_TypeError, "memoryview() takes exactly 1 argument")
    else:
        if len(args.args_w) != 2:
            raise oefmt(space.w_TypeError, "memoryview() takes exactly 1 argument (%d given)"
                        % (len(args.args_w) - 1))
        w_obj = args.args_w[1]
    return make_view(space, w_obj)


memoryview_typedef.add('__new__', memoryview_new)


@memoryview_typedef.method('__len__', 0)
def descr_len(space, w_self):
    w_self.check(space)
    return space.newint(w_self.length)


def _item_index(space, w_self, w_index):
    if not isinstance(w_index, W_AbstractInt) and not space.is_index(w_index):
        raise oefmt(space.w_TypeError, "memoryview: invalid slice key")
    i = space.getindex_nocheck(w_index)
    if i < 0:
        i += w_self.length
    if i < 0 or i >= w_self.length:
        raise oefmt(space.w_IndexError, "index out of bounds on dimension 1")
    return i


@memoryview_typedef.method('__getitem__', 1)
def descr_getitem(space, w_self, w_index):
    w_self.check(space)
    if isinstance(w_index, W_Slice):
        start, stop, step, length = w_index.indices(space, w_self.length)
        if length < 0:
            length = 0
        return W_MemoryView(w_self.w_base, w_self.start + start * w_self.step,
                            w_self.step * step, length)
    i = _item_index(space, w_self, w_index)
    return space.newint(ord(w_self.getchar(space, i)))


def _byte_value(space, w_value):
    if not isinstance(w_value, W_AbstractInt):
        raise oefmt(space.w_TypeError, "memoryview: invalid type for format 'B'")
    v = space.getindex_nocheck(w_value)
    if v < 0 or v > 255:
        raise oefmt(space.w_ValueError, "memoryview: invalid value for format 'B'")
    return chr(v)


@memoryview_typedef.method('__setitem__', 2)
def descr_setitem(space, w_self, w_index, w_value):
    w_self.check(space)
    if w_self.readonly():
        raise oefmt(space.w_TypeError, "cannot modify read-only memory")
    if isinstance(w_index, W_Slice):
        start, stop, step, length = w_index.indices(space, w_self.length)
        if length < 0:
            length = 0
        src = bytes_of(space, w_value)
        if src is None:
            raise oefmt(space.w_TypeError, "a bytes-like object is required, not '%s'"
                        % space.type_name(w_value))
        if len(src) != length:
            raise oefmt(space.w_ValueError, "memoryview assignment: lvalue and rvalue "
                        "have different structures")
        for k in range(length):
            w_self.setchar(space, start + k * step, src[k])
        return space.w_None
    i = _item_index(space, w_self, w_index)
    w_self.setchar(space, i, _byte_value(space, w_value))
    return space.w_None


@memoryview_typedef.method('__delitem__', 1)
def descr_delitem(space, w_self, w_index):
    w_self.check(space)
    if w_self.readonly():
        raise oefmt(space.w_TypeError, "cannot modify read-only memory")
    raise oefmt(space.w_TypeError, "cannot delete memory")


@memoryview_typedef.method('__iter__', 0)
def descr_iter(space, w_self):
    from interp.objects.iterobject import W_BytesIterator
    return W_BytesIterator(w_self.as_str(space))


@memoryview_typedef.method('tobytes', 0)
def descr_tobytes(space, w_self):
    return W_Bytes(w_self.as_str(space))


@memoryview_typedef.method('__bytes__', 0)
def descr_bytes(space, w_self):
    return W_Bytes(w_self.as_str(space))


@memoryview_typedef.method('tolist', 0)
def descr_tolist(space, w_self):
    s = w_self.as_str(space)
    items_w = []
    for c in s:
        items_w.append(space.newint(ord(c)))
    return space.newlist(items_w)


@memoryview_typedef.method('hex', 0)
def descr_hex(space, w_self):
    from interp.objects.strobject import hex2
    s = w_self.as_str(space)
    b = StringBuilder(2 * len(s))
    for c in s:
        b.append(hex2(ord(c)))
    return space.newtext(b.build())


@memoryview_typedef.method('release', 0)
def descr_release(space, w_self):
    w_self.released = True
    return space.w_None


@memoryview_typedef.method('__enter__', 0)
def descr_enter(space, w_self):
    w_self.check(space)
    return w_self


@memoryview_typedef.raw_method('__exit__')
def descr_exit(space, w_self, args):
    w_self.released = True
    return space.w_None


@memoryview_typedef.method('__hash__', 0)
def descr_hash(space, w_self):
    w_self.check(space)
    if not w_self.readonly():
        raise oefmt(space.w_ValueError, "cannot hash writable memoryview object")
    return space.newint(compute_hash(w_self.as_str(space)))


@memoryview_typedef.method('__repr__', 0)
def descr_repr(space, w_self):
    if w_self.released:
        return space.newtext('<released memory at %s>' % space.hex_id(w_self))
    return space.newtext('<memory at %s>' % space.hex_id(w_self))


def _make_eq(negate):
    def cmp(space, args):
        w_a = args.args_w[0]
        w_b = args.args_w[1]
        if not isinstance(w_a, W_MemoryView):
            return space.w_NotImplemented
        if w_a is w_b:
            return space.newbool(not negate)
        if w_a.released or (isinstance(w_b, W_MemoryView) and w_b.released):
            return space.newbool(negate)
        b = bytes_of(space, w_b)
        if b is None:
            return space.w_NotImplemented
        return space.newbool(compare_bytes(ops.EQ, w_a.as_str(space), b) != negate)
    return cmp


memoryview_typedef.add('__eq__', _make_eq(False))
memoryview_typedef.add('__ne__', _make_eq(True))


def _self(space, args):
    w_self = args.arg(0)
    if not isinstance(w_self, W_MemoryView):
        raise oefmt(space.w_TypeError, "descriptor requires a 'memoryview' object")
    return w_self


def _get_readonly(space, args):
    w_self = _self(space, args)
    w_self.check(space)
    return space.newbool(w_self.readonly())


def _get_nbytes(space, args):
    w_self = _self(space, args)
    w_self.check(space)
    return space.newint(w_self.length)


def _get_itemsize(space, args):
    _self(space, args).check(space)
    return space.newint(1)


def _get_ndim(space, args):
    _self(space, args).check(space)
    return space.newint(1)


def _get_format(space, args):
    _self(space, args).check(space)
    return space.newtext('B')


def _get_shape(space, args):
    w_self = _self(space, args)
    w_self.check(space)
    return space.newtuple([space.newint(w_self.length)])


def _get_obj(space, args):
    w_self = _self(space, args)
    w_self.check(space)
    return w_self.w_base


def _get_contiguous(space, args):
    w_self = _self(space, args)
    w_self.check(space)
    return space.newbool(w_self.step == 1 or w_self.length <= 1)


memoryview_typedef.add_getset('readonly', _get_readonly)
memoryview_typedef.add_getset('nbytes', _get_nbytes)
memoryview_typedef.add_getset('itemsize', _get_itemsize)
memoryview_typedef.add_getset('ndim', _get_ndim)
memoryview_typedef.add_getset('format', _get_format)
memoryview_typedef.add_getset('shape', _get_shape)
memoryview_typedef.add_getset('obj', _get_obj)
memoryview_typedef.add_getset('contiguous', _get_contiguous)
memoryview_typedef.add_getset('c_contiguous', _get_contiguous)
