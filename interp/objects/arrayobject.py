"""array.array: a typed, compact sequence of numbers.

The items are kept as raw memory, little endian, in a list of chars, exactly
like a bytearray's: W_Array derives from W_ByteArray, so everything that takes
a bytearray as a buffer (bytes(), bytearray(), memoryview(), b'' + a, file
write/readinto, ...) sees the array's bytes.  A memoryview of an array is a
view of its bytes (format 'B', one item per byte), not of its items.

Typecodes and sizes are those of CPython on 64-bit Linux (l/L are 8 bytes);
'u' is not supported (MicroPython has no 'u').  Storing an out-of-range
integer wraps around silently, as MicroPython does (CPython raises
OverflowError); 'f' rounds to single precision (overflow gives inf)."""
from rpython.rlib.rarithmetic import r_uint, r_ulonglong, r_int64, intmask
from rpython.rlib.rbigint import rbigint
from rpython.rlib.longlong2float import longlong2float, float2longlong
from rpython.rlib.rstruct import ieee
from rpython.rlib.rstring import StringBuilder
from interp.objects.root import TypeDef
from interp.objects.bytearrayobject import W_ByteArray, bytes_like
from interp.objects.intobject import W_Int, W_Long
from interp.objects.floatobject import W_Float
from interp.objects.strobject import W_Str
from interp.objects.sliceobject import W_Slice
from interp.objects.listobject import W_List
from interp.objects.iterobject import W_Iterator
from interp.error import oefmt
from interp import ops

TYPECODES = 'bBhHiIlLqQfd'
TYPECODE_LIST = 'b, B, h, H, i, I, l, L, q, Q, f or d'

KIND_SIGNED = 0
KIND_UNSIGNED = 1
KIND_FLOAT = 2


def typecode_info(tc):
    """(itemsize, kind) of a typecode, or (0, 0) when it is not one."""
    if tc == 'b':
        return 1, KIND_SIGNED
    if tc == 'B':
        return 1, KIND_UNSIGNED
    if tc == 'h':
        return 2, KIND_SIGNED
    if tc == 'H':
        return 2, KIND_UNSIGNED
    if tc == 'i':
        return 4, KIND_SIGNED
    if tc == 'I':
        return 4, KIND_UNSIGNED
    if tc == 'l' or tc == 'q':
        return 8, KIND_SIGNED
    if tc == 'L' or tc == 'Q':
        return 8, KIND_UNSIGNED
    if tc == 'f':
        return 4, KIND_FLOAT
    if tc == 'd':
        return 8, KIND_FLOAT
    return 0, 0


FLOAT_INF_BITS = 0x7f800000


class W_Array(W_ByteArray):
    _attrs_ = ['typecode', 'itemsize', 'kind']

    def __init__(self, typecode, data):
        W_ByteArray.__init__(self, data)
        self.typecode = typecode
        itemsize, kind = typecode_info(typecode)
        assert itemsize > 0
        self.itemsize = itemsize
        self.kind = kind

    def getclass(self, space):
        return space.w_array

    def length(self):
        return len(self.data) // self.itemsize

    # ---- one item <-> its bytes

    def value_bits(self, space, w_value):
        """The bit pattern to store for w_value (low itemsize bytes are used)."""
        if self.kind == KIND_FLOAT:
            x = space.float_w(w_value)
            if self.itemsize == 8:
                return intmask(float2longlong(x))
            try:
                return intmask(ieee.float_pack(x, 4))
            except OverflowError:
                if x < 0.0:
                    return FLOAT_INF_BITS | (1 << 31)
                return FLOAT_INF_BITS
        if isinstance(w_value, W_Int):
            return w_value.intval
        if isinstance(w_value, W_Long):
            return intmask(w_value.asbigint().ulonglongmask())
        if isinstance(w_value, W_Float) or not space.is_index(w_value):
            raise oefmt(space.w_TypeError, "array item must be integer, not %s"
                        % space.type_name(w_value))
        w_i = space.int_index(w_value)
        if isinstance(w_i, W_Int):
            return w_i.intval
        return intmask(w_i.asbigint().ulonglongmask())

    def store_bits(self, pos, bits):
        data = self.data
        for k in range(self.itemsize):
            data[pos + k] = chr((bits >> (8 * k)) & 0xFF)

    def store(self, space, i, w_value):
        """Item i (0 <= i < length) := w_value."""
        self.store_bits(i * self.itemsize, self.value_bits(space, w_value))

    def load(self, space, i):
        """Item i (0 <= i < length) as an app-level int or float."""
        data = self.data
        n = self.itemsize
        pos = i * n
        if n == 8:
            r = r_uint(0)
            for k in range(8):
                r |= r_uint(ord(data[pos + k])) << (8 * k)
            if self.kind == KIND_FLOAT:
                return space.newfloat(longlong2float(r_int64(intmask(r))))
            if self.kind == KIND_SIGNED or intmask(r) >= 0:
                return space.newint(intmask(r))
            return space.newbigint(rbigint.fromrarith_int(r))
        v = 0
        for k in range(n):
            v |= ord(data[pos + k]) << (8 * k)
        if self.kind == KIND_FLOAT:
            return space.newfloat(ieee.float_unpack(r_ulonglong(v), 4))
        if self.kind == KIND_SIGNED and v >= (1 << (8 * n - 1)):
            v -= 1 << (8 * n)
        return space.newint(v)

    def append_w(self, space, w_value):
        bits = self.value_bits(space, w_value)     # may raise: append nothing then
        pos = len(self.data)
        for k in range(self.itemsize):
            self.data.append('\x00')
        self.store_bits(pos, bits)

    def items_w(self, space):
        return [self.load(space, i) for i in range(self.length())]

    def chars_from_values(self, space, values_w):
        """Raw bytes for a list of app-level values (checked before any store)."""
        n = self.itemsize
        res = ['\x00'] * (len(values_w) * n)
        for j in range(len(values_w)):
            bits = self.value_bits(space, values_w[j])
            for k in range(n):
                res[j * n + k] = chr((bits >> (8 * k)) & 0xFF)
        return res

    def extend_values(self, space, values_w):
        self.data.extend(self.chars_from_values(space, values_w))

    def frombytes(self, space, s):
        if len(s) % self.itemsize != 0:
            raise oefmt(space.w_ValueError, "bytes length not a multiple of item size")
        for c in s:
            self.data.append(c)

    def copy(self):
        return W_Array(self.typecode, list(self.data))

    def is_int_kind(self):
        return self.kind != KIND_FLOAT


class W_ArrayIterator(W_Iterator):
    """Iterates over the live array: items appended meanwhile are seen."""
    _attrs_ = ['w_array', 'index']

    def __init__(self, w_array):
        self.w_array = w_array
        self.index = 0

    def next_w(self, space):
        i = self.index
        if i < 0 or i >= self.w_array.length():
            self.index = -1
            return None
        self.index = i + 1
        return self.w_array.load(space, i)


array_typedef = TypeDef('array', W_Array, acceptable_as_base=False)


def check_typecode(space, w_tc):
    if not isinstance(w_tc, W_Str) or w_tc.length != 1:
        raise oefmt(space.w_TypeError, "array() argument 1 must be a unicode character, "
                    "not %s" % space.type_name(w_tc))
    tc = w_tc.utf8
    itemsize, _ = typecode_info(tc)
    if itemsize == 0:
        raise oefmt(space.w_ValueError, "bad typecode (must be %s)" % TYPECODE_LIST)
    return tc


def array_new(space, args):
    if args.has_kw():
        raise oefmt(space.w_TypeError, "array.array() takes no keyword arguments")
    n = args.npos() - 1
    if n < 1 or n > 2:
        raise oefmt(space.w_TypeError, "array() takes at most 2 arguments (%d given)" % n
                    if n > 2 else "array() takes at least 1 argument (0 given)")
    tc = check_typecode(space, args.args_w[1])
    w_res = W_Array(tc, [])
    w_init = args.arg(2)
    if w_init is None:
        return w_res
    if isinstance(w_init, W_Array):
        if w_init.typecode == tc:
            w_res.data = list(w_init.data)
        else:
            w_res.extend_values(space, w_init.items_w(space))
        return w_res
    if isinstance(w_init, W_Str):
        raise oefmt(space.w_TypeError, "cannot use a str to initialize an array with "
                    "typecode '%s'" % tc)
    if space.isinstance_w(w_init, space.w_bytes) or \
            space.isinstance_w(w_init, space.w_bytearray):
        s = bytes_like(space, w_init)
        if s is not None:
            w_res.frombytes(space, s)
            return w_res
    w_res.extend_values(space, space.unpack_iterable(w_init))
    return w_res


array_typedef.add('__new__', array_new)


def _self(space, args):
    w_self = args.arg(0)
    if not isinstance(w_self, W_Array):
        raise oefmt(space.w_TypeError, "descriptor requires a 'array.array' object")
    return w_self


def _index(space, w_self, w_index, what):
    return space.getindex_w(w_index, w_self.length(), "array %s out of range" % what)


@array_typedef.method('__repr__', 0)
def array_repr(space, w_self):
    n = w_self.length()
    if n == 0:
        return space.newtext("array('%s')" % w_self.typecode)
    b = StringBuilder()
    b.append("array('%s', [" % w_self.typecode)
    for i in range(n):
        if i > 0:
            b.append(', ')
        b.append(space.repr_w(w_self.load(space, i)))
    b.append('])')
    return space.newtext(b.build())


@array_typedef.method('__len__', 0)
def array_len(space, w_self):
    return space.newint(w_self.length())


@array_typedef.method('__getitem__', 1)
def array_getitem(space, w_self, w_index):
    if isinstance(w_index, W_Slice):
        start, stop, step, length = w_index.indices(space, w_self.length())
        n = w_self.itemsize
        data = w_self.data
        if length <= 0:
            return W_Array(w_self.typecode, [])
        if step == 1:
            lo = start * n
            hi = lo + length * n
            assert lo >= 0 and hi >= 0
            return W_Array(w_self.typecode, data[lo:hi])
        res = ['\x00'] * (length * n)
        for j in range(length):
            src = (start + j * step) * n
            for k in range(n):
                res[j * n + k] = data[src + k]
        return W_Array(w_self.typecode, res)
    return w_self.load(space, _index(space, w_self, w_index, 'index'))


def _same_kind(space, w_self, w_other, what):
    if not isinstance(w_other, W_Array):
        raise oefmt(space.w_TypeError, 'can only %s array (not "%s") to array%s'
                    % (what, space.type_name(w_other),
                       ' slice' if what == 'assign' else ''))
    if w_other.typecode != w_self.typecode:
        raise oefmt(space.w_TypeError, "bad argument type for built-in operation")
    return w_other


@array_typedef.method('__setitem__', 2)
def array_setitem(space, w_self, w_index, w_value):
    if isinstance(w_index, W_Slice):
        w_other = _same_kind(space, w_self, w_value, 'assign')
        new = list(w_other.data)          # a copy: w_value may be w_self
        n = w_self.itemsize
        start, stop, step, length = w_index.indices(space, w_self.length())
        data = w_self.data
        if step == 1:
            if stop < start:
                stop = start
            lo = start * n
            hi = stop * n
            assert lo >= 0 and hi >= 0
            w_self.data = data[:lo] + new + data[hi:]
            return space.w_None
        if length < 0:
            length = 0
        if w_other.length() != length:
            raise oefmt(space.w_ValueError, "attempt to assign array of size %d to "
                        "extended slice of size %d" % (w_other.length(), length))
        for j in range(length):
            dst = (start + j * step) * n
            for k in range(n):
                data[dst + k] = new[j * n + k]
        return space.w_None
    w_self.store(space, _index(space, w_self, w_index, 'assignment index'), w_value)
    return space.w_None


@array_typedef.method('__delitem__', 1)
def array_delitem(space, w_self, w_index):
    n = w_self.itemsize
    data = w_self.data
    if isinstance(w_index, W_Slice):
        start, stop, step, length = w_index.indices(space, w_self.length())
        if length <= 0:
            return space.w_None
        if step < 0:        # the same items, walked upwards
            start = start + (length - 1) * step
            step = -step
        keep = []
        nxt = start         # the next item to drop
        dropped = 0
        for i in range(w_self.length()):
            if dropped < length and i == nxt:
                dropped += 1
                nxt += step
                continue
            for k in range(n):
                keep.append(data[i * n + k])
        w_self.data = keep
        return space.w_None
    i = _index(space, w_self, w_index, 'assignment index')
    lo = i * n
    hi = lo + n
    assert lo >= 0
    w_self.data = data[:lo] + data[hi:]
    return space.w_None


@array_typedef.method('__iter__', 0)
def array_iter(space, w_self):
    return W_ArrayIterator(w_self)


@array_typedef.method('__contains__', 1)
def array_contains(space, w_self, w_item):
    for i in range(w_self.length()):
        if space.eq_w(w_self.load(space, i), w_item):
            return space.w_True
    return space.w_False


@array_typedef.method('append', 1)
def array_append(space, w_self, w_value):
    w_self.append_w(space, w_value)
    return space.w_None


def _extend(space, w_self, w_iterable):
    if isinstance(w_iterable, W_Array):
        if w_iterable.typecode != w_self.typecode:
            raise oefmt(space.w_TypeError, "can only extend with array of same kind")
        w_self.data.extend(list(w_iterable.data))
        return
    w_self.extend_values(space, space.unpack_iterable(w_iterable))


@array_typedef.method('extend', 1)
def array_extend(space, w_self, w_iterable):
    _extend(space, w_self, w_iterable)
    return space.w_None


@array_typedef.method('__add__', 1)
def array_add(space, w_self, w_other):
    if not isinstance(w_other, W_Array):
        return space.w_NotImplemented
    w_other = _same_kind(space, w_self, w_other, 'append')
    return W_Array(w_self.typecode, w_self.data + w_other.data)


@array_typedef.method('__iadd__', 1)
def array_iadd(space, w_self, w_other):
    w_other = _same_kind(space, w_self, w_other, 'extend')
    w_self.data.extend(list(w_other.data))
    return w_self


def _times(space, w_times):
    if isinstance(w_times, W_Float) or not space.is_index(w_times):
        return -1
    n = space.getindex_nocheck(w_times)
    if n < 0:
        n = 0
    return n


@array_typedef.method('__mul__', 1)
def array_mul(space, w_self, w_times):
    n = _times(space, w_times)
    if n < 0:
        return space.w_NotImplemented
    if n > 0 and len(w_self.data) > (1 << 40) // n:
        raise oefmt(space.w_MemoryError, "")
    return W_Array(w_self.typecode, w_self.data * n)


array_typedef.method('__rmul__', 1)(array_mul)


@array_typedef.method('__imul__', 1)
def array_imul(space, w_self, w_times):
    n = _times(space, w_times)
    if n < 0:
        return space.w_NotImplemented
    if n > 0 and len(w_self.data) > (1 << 40) // n:
        raise oefmt(space.w_MemoryError, "")
    w_self.data = w_self.data * n
    return w_self


def _compare(space, op, w_a, w_b):
    """Lexicographic comparison of two arrays, item by item."""
    na = w_a.length()
    nb = w_b.length()
    if (op == ops.EQ or op == ops.NE) and na != nb:
        return op == ops.NE
    if op == ops.EQ or op == ops.NE:
        if w_a.typecode == w_b.typecode and w_a.is_int_kind():
            return (w_a.data == w_b.data) == (op == ops.EQ)
    for i in range(min(na, nb)):
        w_x = w_a.load(space, i)
        w_y = w_b.load(space, i)
        if not space.eq_w(w_x, w_y):
            if op == ops.EQ:
                return False
            if op == ops.NE:
                return True
            return space.is_true(space.compare(op, w_x, w_y))
    if op == ops.EQ:
        return na == nb
    if op == ops.NE:
        return na != nb
    if op == ops.LT:
        return na < nb
    if op == ops.LE:
        return na <= nb
    if op == ops.GT:
        return na > nb
    return na >= nb


def _make_cmp(op):
    def cmp(space, args):
        w_a = args.arg(0)
        w_b = args.arg(1)
        if not isinstance(w_a, W_Array) or not isinstance(w_b, W_Array):
            return space.w_NotImplemented
        return space.newbool(_compare(space, op, w_a, w_b))
    cmp.__name__ = 'array_cmp_%d' % op
    return cmp


for _op in range(6):
    array_typedef.add(ops.CMP_NAMES[_op], _make_cmp(_op))


@array_typedef.method('count', 1)
def array_count(space, w_self, w_x):
    c = 0
    for i in range(w_self.length()):
        if space.eq_w(w_self.load(space, i), w_x):
            c += 1
    return space.newint(c)


def _clamp(space, w_i, n, default):
    if w_i is None:
        return default
    i = space.getindex_nocheck(w_i)
    if i < 0:
        i += n
        if i < 0:
            i = 0
    if i > n:
        i = n
    return i


@array_typedef.method('index', 1, 3)
def array_index(space, w_self, w_x, w_start=None, w_stop=None):
    n = w_self.length()
    start = _clamp(space, w_start, n, 0)
    stop = _clamp(space, w_stop, n, n)
    for i in range(start, stop):
        if space.eq_w(w_self.load(space, i), w_x):
            return space.newint(i)
    raise oefmt(space.w_ValueError, "array.index(x): x not in array")


@array_typedef.method('remove', 1)
def array_remove(space, w_self, w_x):
    for i in range(w_self.length()):
        if space.eq_w(w_self.load(space, i), w_x):
            n = w_self.itemsize
            lo = i * n
            assert lo >= 0
            w_self.data = w_self.data[:lo] + w_self.data[lo + n:]
            return space.w_None
    raise oefmt(space.w_ValueError, "array.remove(x): x not in array")


@array_typedef.method('pop', 0, 1)
def array_pop(space, w_self, w_i=None):
    length = w_self.length()
    if length == 0:
        raise oefmt(space.w_IndexError, "pop from empty array")
    if w_i is None:
        i = length - 1
    else:
        i = _index(space, w_self, w_i, 'pop index')
    w_res = w_self.load(space, i)
    n = w_self.itemsize
    lo = i * n
    assert lo >= 0
    w_self.data = w_self.data[:lo] + w_self.data[lo + n:]
    return w_res


@array_typedef.method('insert', 2)
def array_insert(space, w_self, w_i, w_x):
    i = _clamp(space, w_i, w_self.length(), 0)
    new = w_self.chars_from_values(space, [w_x])
    lo = i * w_self.itemsize
    assert lo >= 0
    w_self.data = w_self.data[:lo] + new + w_self.data[lo:]
    return space.w_None


@array_typedef.method('reverse', 0)
def array_reverse(space, w_self):
    n = w_self.itemsize
    data = w_self.data
    count = w_self.length()
    res = ['\x00'] * len(data)
    for i in range(count):
        src = (count - 1 - i) * n
        for k in range(n):
            res[i * n + k] = data[src + k]
    w_self.data = res
    return space.w_None


@array_typedef.method('byteswap', 0)
def array_byteswap(space, w_self):
    n = w_self.itemsize
    data = w_self.data
    for i in range(w_self.length()):
        base = i * n
        for k in range(n // 2):
            c = data[base + k]
            data[base + k] = data[base + n - 1 - k]
            data[base + n - 1 - k] = c
    return space.w_None


@array_typedef.method('tobytes', 0)
def array_tobytes(space, w_self):
    return space.newbytes(w_self.as_str())


@array_typedef.method('frombytes', 1)
def array_frombytes(space, w_self, w_b):
    if isinstance(w_b, W_Str):
        raise oefmt(space.w_TypeError, "a bytes-like object is required, not 'str'")
    from interp.objects.bufferobject import buffer_w
    s = buffer_w(space, w_b)
    if s is None:
        raise oefmt(space.w_TypeError, "a bytes-like object is required, not '%s'"
                    % space.type_name(w_b))
    w_self.frombytes(space, s)
    return space.w_None


@array_typedef.method('tolist', 0)
def array_tolist(space, w_self):
    return space.newlist(w_self.items_w(space))


@array_typedef.method('fromlist', 1)
def array_fromlist(space, w_self, w_list):
    if not isinstance(w_list, W_List):
        raise oefmt(space.w_TypeError, "arg must be list")
    w_self.extend_values(space, list(w_list.items_w))
    return space.w_None


@array_typedef.method('tofile', 1)
def array_tofile(space, w_self, w_f):
    space.call_method(w_f, 'write', [space.newbytes(w_self.as_str())])
    return space.w_None


@array_typedef.method('fromfile', 2)
def array_fromfile(space, w_self, w_f, w_n):
    n = space.int_w(w_n)
    if n < 0:
        raise oefmt(space.w_ValueError, "negative count")
    want = n * w_self.itemsize
    w_data = space.call_method(w_f, 'read', [space.newint(want)])
    from interp.objects.bufferobject import buffer_w
    s = buffer_w(space, w_data)
    if s is None:
        raise oefmt(space.w_TypeError, "read() didn't return bytes")
    whole = len(s) - len(s) % w_self.itemsize
    assert whole >= 0
    w_self.frombytes(space, s[:whole])
    if len(s) != want:
        raise oefmt(space.w_EOFError, "read() didn't return enough bytes")
    return space.w_None


@array_typedef.method('__copy__', 0)
def array_copy(space, w_self):
    return w_self.copy()


@array_typedef.raw_method('__deepcopy__')
def array_deepcopy(space, w_self, args):
    return w_self.copy()


def _get_typecode(space, args):
    return space.newtext(_self(space, args).typecode)


def _get_itemsize(space, args):
    return space.newint(_self(space, args).itemsize)


array_typedef.add_getset('typecode', _get_typecode)
array_typedef.add_getset('itemsize', _get_itemsize)
