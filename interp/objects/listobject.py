"""list."""
from interp.objects.root import W_Root, TypeDef
from interp.objects.listsort import sort_list
from interp.objects.tupleobject import seq_repr, slice_items, seq_index, seq_compare
from interp.error import oefmt, OperationError
from interp import ops
from interp.subclass import builtin_new


class W_List(W_Root):
    _attrs_ = ['items_w']

    def __init__(self, items_w):
        self.items_w = items_w

    def getclass(self, space):
        return space.w_list


list_typedef = TypeDef('list', W_List)


@builtin_new('w_list')
def list_new(space, args):
    return W_List([])


list_typedef.add('__new__', list_new)


@list_typedef.method('__init__', 0, 1)
def list_init(space, w_self, w_iterable):
    if w_iterable is None:
        w_self.items_w = []
    else:
        w_self.items_w = space.unpack_iterable(w_iterable)
    return space.w_None


@list_typedef.method('__repr__', 0)
def list_repr(space, w_self):
    return space.newtext(space.recursive_repr(w_self, '[...]', _list_repr))


def _list_repr(space, w_self):
    assert isinstance(w_self, W_List)
    return seq_repr(space, w_self.items_w, '[', ']', False)


@list_typedef.method('__len__', 0)
def list_len(space, w_self):
    return space.newint(len(w_self.items_w))


@list_typedef.method('__getitem__', 1)
def list_getitem(space, w_self, w_index):
    from interp.objects.sliceobject import W_Slice
    if isinstance(w_index, W_Slice):
        return W_List(slice_items(space, w_self.items_w, w_index))
    items = w_self.items_w
    i = space.getindex_w(w_index, len(items), "list index out of range")
    return items[i]


@list_typedef.method('__setitem__', 2)
def list_setitem(space, w_self, w_index, w_value):
    from interp.objects.sliceobject import W_Slice
    if isinstance(w_index, W_Slice):
        set_slice(space, w_self, w_index, w_value)
        return space.w_None
    items = w_self.items_w
    i = space.getindex_w(w_index, len(items), "list index out of range")
    items[i] = w_value
    return space.w_None


def set_slice(space, w_self, w_slice, w_value):
    items = w_self.items_w
    start, stop, step, length = w_slice.indices(space, len(items))
    if w_value is w_self:
        new_w = list(items)
    else:
        new_w = space.unpack_iterable(w_value)
    if step == 1:
        if stop < start:
            stop = start
        assert start >= 0 and stop >= 0
        w_self.items_w = items[:start] + new_w + items[stop:]
        return
    if len(new_w) != length:
        raise oefmt(space.w_ValueError,
                    "attempt to assign sequence of size %d to extended slice of size %d"
                    % (len(new_w), length))
    i = start
    for k in range(length):
        items[i] = new_w[k]
        i += step


@list_typedef.method('__delitem__', 1)
def list_delitem(space, w_self, w_index):
    from interp.objects.sliceobject import W_Slice
    items = w_self.items_w
    if isinstance(w_index, W_Slice):
        start, stop, step, length = w_index.indices(space, len(items))
        if length <= 0:
            return space.w_None
        if step == 1:
            assert start >= 0 and length >= 0
            del items[start:start + length]
            return space.w_None
        if step < 0:
            start = start + step * (length - 1)
            step = -step
        keep = []
        nxt = start
        for i in range(len(items)):
            if i == nxt and length > 0:
                nxt += step
                length -= 1
                continue
            keep.append(items[i])
        w_self.items_w = keep
        return space.w_None
    i = space.getindex_w(w_index, len(items), "list index out of range")
    del items[i]
    return space.w_None


@list_typedef.method('__contains__', 1)
def list_contains(space, w_self, w_item):
    items = w_self.items_w
    i = 0
    while i < len(items):
        if space.eq_w(items[i], w_item):
            return space.w_True
        i += 1
    return space.w_False


@list_typedef.method('__iter__', 0)
def list_iter(space, w_self):
    from interp.objects.iterobject import W_ListIterator
    return W_ListIterator(w_self)


@list_typedef.method('__add__', 1)
def list_add(space, w_self, w_other):
    if not isinstance(w_other, W_List):
        return space.w_NotImplemented
    return W_List(w_self.items_w + w_other.items_w)


@list_typedef.method('__iadd__', 1)
def list_iadd(space, w_self, w_other):
    w_self.items_w.extend(space.unpack_iterable(w_other))
    return w_self


def _list_mul(space, w_self, w_times):
    if not space.is_index(w_times):
        return space.w_NotImplemented
    n = space.int_w(w_times)
    if n <= 0:
        return W_List([])
    return W_List(w_self.items_w * n)


@list_typedef.method('__mul__', 1)
def list_mul(space, w_self, w_times):
    return _list_mul(space, w_self, w_times)


@list_typedef.method('__rmul__', 1)
def list_rmul(space, w_self, w_times):
    return _list_mul(space, w_self, w_times)


@list_typedef.method('__imul__', 1)
def list_imul(space, w_self, w_times):
    n = space.int_w(w_times)
    if n <= 0:
        w_self.items_w = []
    else:
        w_self.items_w = w_self.items_w * n
    return w_self


def _make_cmp(op):
    def cmp(space, args):
        w_a = args.args_w[0]
        w_b = args.args_w[1]
        if not isinstance(w_a, W_List) or not isinstance(w_b, W_List):
            return space.w_NotImplemented
        return space.newbool(seq_compare(space, op, w_a.items_w, w_b.items_w))
    return cmp


for _op in range(6):
    list_typedef.add(ops.CMP_NAMES[_op], _make_cmp(_op))


@list_typedef.method('append', 1)
def list_append(space, w_self, w_item):
    w_self.items_w.append(w_item)
    return space.w_None


@list_typedef.method('extend', 1)
def list_extend(space, w_self, w_iterable):
    if isinstance(w_iterable, W_List):
        w_self.items_w.extend(list(w_iterable.items_w))
    else:
        w_self.items_w.extend(space.unpack_iterable(w_iterable))
    return space.w_None


@list_typedef.method('insert', 2)
def list_insert(space, w_self, w_index, w_item):
    items = w_self.items_w
    n = len(items)
    i = space.int_w(w_index)
    if i < 0:
        i += n
        if i < 0:
            i = 0
    if i > n:
        i = n
    items.insert(i, w_item)
    return space.w_None


@list_typedef.method('pop', 0, 1)
def list_pop(space, w_self, w_index):
    items = w_self.items_w
    if not items:
        raise oefmt(space.w_IndexError, "pop from empty list")
    if w_index is None:
        return items.pop()
    i = space.getindex_w(w_index, len(items), "pop index out of range")
    return items.pop(i)


@list_typedef.method('remove', 1)
def list_remove(space, w_self, w_item):
    items = w_self.items_w
    for i in range(len(items)):
        if space.eq_w(items[i], w_item):
            del items[i]
            return space.w_None
    raise oefmt(space.w_ValueError, "object not in sequence")


@list_typedef.method('index', 1, 3)
def list_index(space, w_self, w_x, w_start, w_stop):
    return space.newint(seq_index(space, w_self.items_w, w_x, w_start, w_stop, "list"))


@list_typedef.method('count', 1)
def list_count(space, w_self, w_x):
    n = 0
    for w_item in w_self.items_w:
        if space.eq_w(w_item, w_x):
            n += 1
    return space.newint(n)


@list_typedef.method('reverse', 0)
def list_reverse(space, w_self):
    w_self.items_w.reverse()
    return space.w_None


@list_typedef.method('copy', 0)
def list_copy(space, w_self):
    return W_List(list(w_self.items_w))


@list_typedef.method('clear', 0)
def list_clear(space, w_self):
    w_self.items_w = []
    return space.w_None


@list_typedef.raw_method('sort')
def list_sort(space, w_self, args):
    if len(args.args_w) > 0:
        raise oefmt(space.w_TypeError, "sort() takes no positional arguments")
    args.check_kw_only(space, 'sort', ['key', 'reverse'])
    w_key = args.kw('key')
    w_rev = args.kw('reverse')
    reverse = w_rev is not None and space.is_true(w_rev)
    items = w_self.items_w
    w_self.items_w = []     # a key function that mutates the list sees it empty
    try:
        sort_list(space, items, w_key, reverse)
    finally:
        w_self.items_w = items
    return space.w_None
