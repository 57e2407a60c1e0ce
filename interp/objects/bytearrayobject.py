"""bytearray: a mutable sequence of bytes, kept as a list of chars."""
from interp.objects.root import W_Root, TypeDef
from interp.objects.bytesobject import W_Bytes, bytes_repr, compare_bytes
from interp.objects.intobject import W_Int
from interp.objects.sliceobject import W_Slice
from interp.objects.strobject import W_Str
from interp.error import oefmt
from interp import ops
from interp.subclass import builtin_new


class W_ByteArray(W_Root):
    _attrs_ = ['data']

    def __init__(self, data):
        self.data = data            # a list of single-char strings

    def getclass(self, space):
        return space.w_bytearray

    def as_str(self):
        return ''.join(self.data)


bytearray_typedef = TypeDef('bytearray', W_ByteArray)


def bytes_like(space, w_obj):
    """The bytes of a bytes or bytearray, or None for anything else."""
    if isinstance(w_obj, W_Bytes):
        return w_obj.value
    if isinstance(w_obj, W_ByteArray):
        return w_obj.as_str()
    from interp.objects.memoryviewobject import W_MemoryView
    if isinstance(w_obj, W_MemoryView):
        return w_obj.as_str(space)
    return None


def byte_value(space, w_item):
    v = space.int_w(w_item)
    if v < 0 or v > 255:
        raise oefmt(space.w_ValueError, "bytes must be in range(0, 256)")
    return chr(v)


def chars_of(space, w_src):
    """Bytes to store, from a bytes-like object or an iterable of ints."""
    s = bytes_like(space, w_src)
    if s is not None:
        return [c for c in s]
    if isinstance(w_src, W_Str):
        raise oefmt(space.w_TypeError, "can't set bytearray from str")
    return [byte_value(space, w_x) for w_x in space.unpack_iterable(w_src)]


def _self(space, args):
    w_self = args.arg(0)
    if not isinstance(w_self, W_ByteArray):
        raise oefmt(space.w_TypeError, "descriptor requires a 'bytearray' object")
    return w_self


@builtin_new('w_bytearray')
def bytearray_new(space, args):
    w_x = args.arg(1)
    if w_x is None:
        return W_ByteArray([])
    if isinstance(w_x, W_Int):
        n = w_x.intval
        if n < 0:
            raise oefmt(space.w_ValueError, "negative count")
        return W_ByteArray(['\x00'] * n)
    if isinstance(w_x, W_Str):
        if args.arg(2) is None and args.kw('encoding') is None:
            raise oefmt(space.w_TypeError, "string argument without an encoding")
        return W_ByteArray([c for c in w_x.utf8])
    return W_ByteArray(chars_of(space, w_x))


bytearray_typedef.add('__new__', bytearray_new)


def ba_repr(space, args):
    w_self = _self(space, args)
    return space.newtext('%s(%s)' % (space.type_name(w_self), bytes_repr(w_self.as_str())))


def ba_len(space, args):
    return space.newint(len(_self(space, args).data))


def _index(space, w_self, w_index):
    n = len(w_self.data)
    i = space.int_w(w_index)
    if i < 0:
        i += n
    if i < 0 or i >= n:
        raise oefmt(space.w_IndexError, "bytearray index out of range")
    return i


def ba_getitem(space, args):
    w_self = _self(space, args)
    w_index = args.arg(1)
    if isinstance(w_index, W_Slice):
        w_part = space.getitem(W_Bytes(w_self.as_str()), w_index)
        assert isinstance(w_part, W_Bytes)
        return W_ByteArray([c for c in w_part.value])
    return space.newint(ord(w_self.data[_index(space, w_self, w_index)]))


def ba_setitem(space, args):
    w_self = _self(space, args)
    w_index = args.arg(1)
    w_value = args.arg(2)
    if isinstance(w_index, W_Slice):
        new = chars_of(space, w_value)
        data = w_self.data
        start, stop, step, length = w_index.indices(space, len(data))
        if step == 1:
            if stop < start:
                stop = start
            assert start >= 0 and stop >= 0
            w_self.data = data[:start] + new + data[stop:]
        else:
            if len(new) != length:
                raise oefmt(space.w_ValueError,
                            "attempt to assign bytes of size %d to extended slice of size %d"
                            % (len(new), length))
            for k in range(length):
                data[start + k * step] = new[k]
        return space.w_None
    w_self.data[_index(space, w_self, w_index)] = byte_value(space, w_value)
    return space.w_None


def ba_delitem(space, args):
    w_self = _self(space, args)
    w_index = args.arg(1)
    if isinstance(w_index, W_Slice):
        keep = []
        data = w_self.data
        start, stop, step, length = w_index.indices(space, len(data))
        drop = {}
        for k in range(length):
            drop[start + k * step] = None
        for i in range(len(data)):
            if i not in drop:
                keep.append(data[i])
        w_self.data = keep
        return space.w_None
    del w_self.data[_index(space, w_self, w_index)]
    return space.w_None


def ba_iter(space, args):
    return space.iter(W_Bytes(_self(space, args).as_str()))


def ba_append(space, args):
    _self(space, args).data.append(byte_value(space, args.arg(1)))
    return space.w_None


def ba_extend(space, args):
    w_self = _self(space, args)
    w_self.data.extend(chars_of(space, args.arg(1)))
    return space.w_None


def ba_iadd(space, args):
    w_self = _self(space, args)
    w_self.data.extend(chars_of(space, args.arg(1)))
    return w_self


def ba_pop(space, args):
    w_self = _self(space, args)
    if not w_self.data:
        raise oefmt(space.w_IndexError, "pop from empty bytearray")
    i = len(w_self.data) - 1
    if args.arg(1) is not None:
        i = _index(space, w_self, args.arg(1))
    c = w_self.data.pop(i)
    return space.newint(ord(c))


def ba_insert(space, args):
    w_self = _self(space, args)
    n = len(w_self.data)
    i = space.int_w(args.arg(1))
    if i < 0:
        i += n
        if i < 0:
            i = 0
    if i > n:
        i = n
    w_self.data.insert(i, byte_value(space, args.arg(2)))
    return space.w_None


def ba_remove(space, args):
    w_self = _self(space, args)
    c = byte_value(space, args.arg(1))
    data = w_self.data
    for i in range(len(data)):
        if data[i] == c:
            del data[i]
            return space.w_None
    raise oefmt(space.w_ValueError, "value not found in bytearray")


def _ba_times(space, args):
    w_times = args.arg(1)
    if w_times is None or not space.is_index(w_times):
        return -1
    n = space.int_w(w_times)
    if n < 0:
        n = 0
    return n


def ba_mul(space, args):
    w_self = _self(space, args)
    n = _ba_times(space, args)
    if n < 0:
        return space.w_NotImplemented
    return W_ByteArray(w_self.data * n)


def ba_imul(space, args):
    w_self = _self(space, args)
    n = _ba_times(space, args)
    if n < 0:
        return space.w_NotImplemented
    w_self.data = w_self.data * n
    return w_self


def ba_clear(space, args):
    _self(space, args).data = []
    return space.w_None


def ba_copy(space, args):
    return W_ByteArray(list(_self(space, args).data))


def ba_reverse(space, args):
    _self(space, args).data.reverse()
    return space.w_None


def ba_add(space, args):
    w_self = _self(space, args)
    s = bytes_like(space, args.arg(1))
    if s is None:
        return space.w_NotImplemented
    return W_ByteArray(w_self.data + [c for c in s])


def ba_decode(space, args):
    from interp.objects.strobject import decode_utf8
    from interp.objects.bytesobject import check_decode_args
    check_decode_args(space, args)
    return decode_utf8(space, _self(space, args).as_str())


def _make_cmp(op):
    def cmp(space, args):
        a = bytes_like(space, args.arg(0))
        b = bytes_like(space, args.arg(1))
        if a is None or b is None:
            return space.w_NotImplemented
        return space.newbool(compare_bytes(op, a, b))
    return cmp


def _make_shared(name):
    """Read-only methods: run bytes' version; bytes results become bytearrays."""
    def method(space, args):
        w_self = _self(space, args)
        args_w = [W_Bytes(w_self.as_str())]
        for i in range(1, len(args.args_w)):
            w_a = args.args_w[i]
            if isinstance(w_a, W_ByteArray):
                w_a = W_Bytes(w_a.as_str())
            args_w.append(w_a)
        from interp.gateway import Arguments
        w_meth = space.w_bytes.lookup(name)
        assert w_meth is not None
        w_res = space.call_args(w_meth, Arguments(args_w, args.kw_names, args.kw_values_w))
        return _to_bytearray(space, w_res)
    method.__name__ = 'bytearray_' + name
    return method


def _to_bytearray(space, w_res):
    from interp.objects.listobject import W_List
    from interp.objects.tupleobject import W_Tuple
    if isinstance(w_res, W_Bytes):
        return W_ByteArray([c for c in w_res.value])
    if isinstance(w_res, W_List):
        return space.newlist([_to_bytearray(space, w_x) for w_x in w_res.items_w])
    if isinstance(w_res, W_Tuple):
        return space.newtuple([_to_bytearray(space, w_x) for w_x in w_res.items_w])
    return w_res


def _checked(func, nmin, nmax):
    """func(space, args) called with nmin..nmax arguments after self, no keywords."""
    def checked(space, args):
        n = len(args.args_w) - 1
        if args.has_kw():
            raise oefmt(space.w_TypeError, "function doesn't take keyword arguments")
        if n < nmin or n > nmax:
            raise oefmt(space.w_TypeError, "function takes %d to %d arguments (%d given)"
                        % (nmin, nmax, n))
        return func(space, args)
    checked.__name__ = 'checked_' + func.__name__
    return checked


for _name, _func, _nmin, _nmax in [
        ('__repr__', ba_repr, 0, 0), ('__len__', ba_len, 0, 0), ('__getitem__', ba_getitem, 1, 1),
        ('__setitem__', ba_setitem, 2, 2), ('__delitem__', ba_delitem, 1, 1),
        ('__iter__', ba_iter, 0, 0), ('append', ba_append, 1, 1), ('extend', ba_extend, 1, 1),
        ('__iadd__', ba_iadd, 1, 1), ('pop', ba_pop, 0, 1), ('insert', ba_insert, 2, 2),
        ('clear', ba_clear, 0, 0), ('__mul__', ba_mul, 1, 1), ('__rmul__', ba_mul, 1, 1),
        ('__imul__', ba_imul, 1, 1), ('remove', ba_remove, 1, 1), ('copy', ba_copy, 0, 0),
        ('reverse', ba_reverse, 0, 0), ('__add__', ba_add, 1, 1)]:
    bytearray_typedef.add(_name, _checked(_func, _nmin, _nmax))
bytearray_typedef.add('decode', ba_decode)
for _op in range(6):
    bytearray_typedef.add(ops.CMP_NAMES[_op], _make_cmp(_op))
from interp.objects.bytes_strmethods import SHARED
for _name in SHARED + ['hex', '__contains__']:
    bytearray_typedef.add(_name, _make_shared(_name))


def bytearray_fromhex(space, args):
    from interp.objects.bytesobject import fromhex_str
    w_s = args.arg(1)
    if w_s is None:
        raise oefmt(space.w_TypeError, "fromhex() takes exactly 1 argument")
    w_res = W_ByteArray([c for c in fromhex_str(space, space.text_w(w_s))])
    w_cls = args.args_w[0]
    if w_cls is not space.w_bytearray:
        return space.call_function(w_cls, [w_res])     # a subclass: cls(bytearray)
    return w_res


bytearray_typedef.add_classmethod('fromhex', bytearray_fromhex)
