"""tuple."""
from rpython.rlib.rarithmetic import intmask
from rpython.rlib import jit
from interp.objects.root import W_Root, TypeDef
from interp.error import oefmt
from interp import ops
from interp.subclass import builtin_new


class W_Tuple(W_Root):
    _attrs_ = ['items_w']
    _immutable_fields_ = ['items_w']

    def __init__(self, items_w):
        self.items_w = items_w

    def getclass(self, space):
        return space.w_tuple


tuple_typedef = TypeDef('tuple', W_Tuple)


@builtin_new('w_tuple')
def tuple_new(space, args):
    from interp.gateway import check_new_args
    check_new_args(space, args, 'tuple', 1)
    w_x = args.arg(1)
    if w_x is None:
        return space.newtuple([])
    if space.type(w_x) is space.w_tuple and args.args_w[0] is space.w_tuple:
        return w_x
    return space.newtuple(space.unpack_iterable(w_x))


tuple_typedef.add('__new__', tuple_new)


def seq_repr(space, items_w, left, right, single_comma):
    parts = [space.repr_w(w) for w in items_w]
    if single_comma and len(parts) == 1:
        return left + parts[0] + ',' + right
    return left + ', '.join(parts) + right


@tuple_typedef.method('__repr__', 0)
def tuple_repr(space, w_self):
    return space.newtext(space.recursive_repr(w_self, '(...)', _tuple_repr))


def _tuple_repr(space, w_self):
    assert isinstance(w_self, W_Tuple)
    return seq_repr(space, w_self.items_w, '(', ')', True)


@tuple_typedef.method('__len__', 0)
def tuple_len(space, w_self):
    return space.newint(len(w_self.items_w))


@tuple_typedef.method('__hash__', 0)
def tuple_hash(space, w_self):
    return space.newint(tuple_hash_w(space, w_self.items_w))


def tuple_hash_w(space, items_w):
    """The hash of a tuple of these items (space.hash_w's exact-tuple path)."""
    x = 0x345678
    mult = 1000003
    n = len(items_w)
    for w_item in items_w:
        y = space.hash_w(w_item)
        x = intmask((x ^ y) * mult)
        n -= 1
        mult = intmask(mult + 82520 + n + n)
    x = intmask(x + 97531)
    if x == -1:
        x = -2
    return x


@tuple_typedef.method('__getitem__', 1)
def tuple_getitem(space, w_self, w_index):
    from interp.objects.sliceobject import W_Slice
    items = w_self.items_w
    if isinstance(w_index, W_Slice):
        return space.newtuple(slice_items(space, items, w_index))
    i = space.getindex_w(w_index, len(items), "tuple index out of range")
    return items[i]


def slice_items(space, items, w_slice):
    start, stop, step, length = w_slice.indices(space, len(items))
    if step == 1:
        if length <= 0:
            return []
        assert start >= 0 and length >= 0
        return items[start:start + length]
    res = [None] * length
    i = start
    for k in range(length):
        res[k] = items[i]
        i += step
    return res


@tuple_typedef.method('__contains__', 1)
def tuple_contains(space, w_self, w_item):
    for w_x in w_self.items_w:
        if space.eq_w(w_x, w_item):
            return space.w_True
    return space.w_False


@tuple_typedef.method('__iter__', 0)
def tuple_iter(space, w_self):
    from interp.objects.iterobject import W_SeqIterator
    return W_SeqIterator(w_self.items_w)


@tuple_typedef.method('__add__', 1)
def tuple_add(space, w_self, w_other):
    if not isinstance(w_other, W_Tuple):
        return space.w_NotImplemented
    return space.newtuple(w_self.items_w + w_other.items_w)


def _tuple_mul(space, w_self, w_times):
    if not space.is_index(w_times):
        return space.w_NotImplemented
    n = space.int_w(w_times)
    if n <= 0:
        return space.newtuple([])
    return space.newtuple(w_self.items_w * n)


@tuple_typedef.method('__mul__', 1)
def tuple_mul(space, w_self, w_times):
    return _tuple_mul(space, w_self, w_times)


@tuple_typedef.method('__rmul__', 1)
def tuple_rmul(space, w_self, w_times):
    return _tuple_mul(space, w_self, w_times)


@tuple_typedef.method('index', 1, 3)
def tuple_index(space, w_self, w_x, w_start, w_stop):
    return space.newint(seq_index(space, w_self.items_w, w_x, w_start, w_stop, "tuple"))


def seq_index(space, items, w_x, w_start, w_stop, what):
    n = len(items)
    start = 0
    stop = n
    if w_start is not None:
        start = space.int_w(w_start)
        if start < 0:
            start = max(0, start + n)
    if w_stop is not None:
        stop = space.int_w(w_stop)
        if stop < 0:
            stop = max(0, stop + n)
    for i in range(start, min(stop, len(items))):
        if space.eq_w(items[i], w_x):
            return i
    raise oefmt(space.w_ValueError, "object not in sequence")


@tuple_typedef.method('count', 1)
def tuple_count(space, w_self, w_x):
    n = 0
    for w_item in w_self.items_w:
        if space.eq_w(w_item, w_x):
            n += 1
    return space.newint(n)


def seq_compare(space, op, a, b):
    """Lexicographic comparison of two item lists."""
    n = min(len(a), len(b))
    for i in range(n):
        if not space.eq_w(a[i], b[i]):
            if op == ops.EQ:
                return False
            if op == ops.NE:
                return True
            return space.is_true(space.compare(op, a[i], b[i]))
    la = len(a)
    lb = len(b)
    if op == ops.LT:
        return la < lb
    elif op == ops.LE:
        return la <= lb
    elif op == ops.EQ:
        return la == lb
    elif op == ops.NE:
        return la != lb
    elif op == ops.GT:
        return la > lb
    return la >= lb


def _make_cmp(op):
    def cmp(space, args):
        w_a = args.args_w[0]
        w_b = args.args_w[1]
        if not isinstance(w_a, W_Tuple) or not isinstance(w_b, W_Tuple):
            return space.w_NotImplemented
        return space.newbool(seq_compare(space, op, w_a.items_w, w_b.items_w))
    return cmp


for _op in range(6):
    tuple_typedef.add(ops.CMP_NAMES[_op], _make_cmp(_op))
