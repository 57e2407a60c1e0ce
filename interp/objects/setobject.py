"""set and frozenset, on an r_dict of W_Root keys (values unused)."""
from rpython.rlib.objectmodel import iterkeys_with_hash, contains_with_hash, \
    setitem_with_hash
from interp.objects.root import W_Root, TypeDef
from interp.objects.dictobject import new_rdict
from interp.error import oefmt
from interp import ops
from interp.subclass import builtin_new


class W_BaseSet(W_Root):
    _attrs_ = ['data']

    def __init__(self, data=None):
        if data is None:
            data = new_rdict()
        self.data = data

    def items(self):
        return self.data.keys()

    def make(self, data):
        raise NotImplementedError


class W_Set(W_BaseSet):
    _attrs_ = []

    def getclass(self, space):
        return space.w_set

    def make(self, data):
        return W_Set(data)


class W_FrozenSet(W_BaseSet):
    _attrs_ = []

    def getclass(self, space):
        return space.w_frozenset

    def make(self, data):
        return W_FrozenSet(data)


def set_from_iterable(space, w_iterable, data):
    if isinstance(w_iterable, W_BaseSet):
        data.update(w_iterable.data)    # keeps the stored hashes
        return
    from interp.objects.listobject import W_List
    from interp.objects.tupleobject import W_Tuple
    if type(w_iterable) is W_List:
        _add_items(data, w_iterable.items_w)
        return
    if type(w_iterable) is W_Tuple:
        _add_items(data, w_iterable.items_w)
        return
    w_iter = space.iter(w_iterable)
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            return
        data[w_item] = None


def _add_items(data, items_w):
    # an index loop: a user __hash__/__eq__ may change a list's length
    i = 0
    while i < len(items_w):
        data[items_w[i]] = None
        i += 1


set_typedef = TypeDef('set', W_Set)
frozenset_typedef = TypeDef('frozenset', W_FrozenSet)


@builtin_new('w_set')
def set_new(space, args):
    return W_Set()


@builtin_new('w_frozenset')
def frozenset_new(space, args):
    from interp.gateway import check_new_args
    check_new_args(space, args, 'frozenset', 1)
    w_x = args.arg(1)
    w_s = W_FrozenSet()
    if w_x is not None:
        set_from_iterable(space, w_x, w_s.data)
    return w_s


set_typedef.add('__new__', set_new)
frozenset_typedef.add('__new__', frozenset_new)


@set_typedef.method('__init__', 0, 1)
def set_init(space, w_self, w_iterable):
    w_self.data.clear()
    if w_iterable is not None:
        set_from_iterable(space, w_iterable, w_self.data)
    return space.w_None


def _set_repr(space, w_self):
    assert isinstance(w_self, W_BaseSet)
    items = w_self.items()
    frozen = isinstance(w_self, W_FrozenSet)
    if not items:
        return 'frozenset()' if frozen else 'set()'
    s = '{' + ', '.join([space.repr_w(w) for w in items]) + '}'
    if frozen:
        return 'frozenset(' + s + ')'
    return s


def _other_set(space, w_other):
    if isinstance(w_other, W_BaseSet):
        return w_other
    w_s = W_Set()
    set_from_iterable(space, w_other, w_s.data)
    return w_s


# The loops below walk an r_dict with the hashes it stores (no __hash__
# calls); the result keeps the left operand's order, then the right one's.

def s_union(space, w_self, w_other):
    data = w_self.data.copy()
    set_from_iterable(space, w_other, data)
    return w_self.make(data)


def _filter_keys(src, other, keep_common, dst):
    """Add to dst the keys of src that are (keep_common) or are not in other."""
    for w_k, h in iterkeys_with_hash(src):
        if contains_with_hash(other, w_k, h) == keep_common:
            setitem_with_hash(dst, w_k, h, None)


def s_intersection(space, w_self, w_other):
    w_o = _other_set(space, w_other)
    data = new_rdict()
    _filter_keys(w_self.data, w_o.data, True, data)
    return w_self.make(data)


def s_difference(space, w_self, w_other):
    w_o = _other_set(space, w_other)
    data = new_rdict()
    _filter_keys(w_self.data, w_o.data, False, data)
    return w_self.make(data)


def s_symdiff(space, w_self, w_other):
    w_o = _other_set(space, w_other)
    data = new_rdict()
    _filter_keys(w_self.data, w_o.data, False, data)
    _filter_keys(w_o.data, w_self.data, False, data)
    return w_self.make(data)


def _all_in(src, other):
    for w_k, h in iterkeys_with_hash(src):
        if not contains_with_hash(other, w_k, h):
            return False
    return True


def s_issubset(space, w_self, w_other):
    w_o = _other_set(space, w_other)
    if len(w_self.data) > len(w_o.data):
        return False
    return _all_in(w_self.data, w_o.data)


def _binop(func, inplace):
    def f(space, args):
        w_self = args.args_w[0]
        w_other = args.args_w[1]
        if not isinstance(w_self, W_BaseSet) or not isinstance(w_other, W_BaseSet):
            return space.w_NotImplemented
        if inplace and func is s_union:
            w_self.data.update(w_other.data)    # in place: no copy
            return w_self
        w_res = func(space, w_self, w_other)
        if inplace:
            assert isinstance(w_res, W_BaseSet)
            w_self.data = w_res.data
            return w_self
        return w_res
    return f


def _named(func):
    def f(space, args):
        w_self = args.args_w[0]
        if not isinstance(w_self, W_BaseSet):
            raise oefmt(space.w_TypeError, "descriptor requires a 'set' object")
        w_res = w_self
        for w_other in args.args_w[1:]:
            w_res = func(space, w_res, w_other)
        if len(args.args_w) == 1:
            w_res = w_self.make(w_self.data.copy())
        return w_res
    return f


from interp.gateway import checked_raw as _chk
for _td in [set_typedef, frozenset_typedef]:
    _td.add('__or__', _chk(_binop(s_union, False), 1, 1, W_BaseSet, 'set'))
    _td.add('__and__', _chk(_binop(s_intersection, False), 1, 1, W_BaseSet, 'set'))
    _td.add('__sub__', _chk(_binop(s_difference, False), 1, 1, W_BaseSet, 'set'))
    _td.add('__xor__', _chk(_binop(s_symdiff, False), 1, 1, W_BaseSet, 'set'))
    _td.add('union', _named(s_union))
    _td.add('intersection', _named(s_intersection))
    _td.add('difference', _named(s_difference))
    _td.add('symmetric_difference', _chk(_named(s_symdiff), 1, 1, W_BaseSet, 'set'))
set_typedef.add('__ior__', _chk(_binop(s_union, True), 1, 1, W_Set, 'set'))
set_typedef.add('__iand__', _chk(_binop(s_intersection, True), 1, 1, W_Set, 'set'))
set_typedef.add('__isub__', _chk(_binop(s_difference, True), 1, 1, W_Set, 'set'))
set_typedef.add('__ixor__', _chk(_binop(s_symdiff, True), 1, 1, W_Set, 'set'))


def _cmp(op):
    def f(space, args):
        w_a = args.args_w[0]
        w_b = args.args_w[1]
        if not isinstance(w_a, W_BaseSet) or not isinstance(w_b, W_BaseSet):
            return space.w_NotImplemented
        la = len(w_a.data)
        lb = len(w_b.data)
        if op == ops.EQ:
            r = la == lb and s_issubset(space, w_a, w_b)
        elif op == ops.NE:
            r = not (la == lb and s_issubset(space, w_a, w_b))
        elif op == ops.LE:
            r = s_issubset(space, w_a, w_b)
        elif op == ops.LT:
            r = la < lb and s_issubset(space, w_a, w_b)
        elif op == ops.GE:
            r = s_issubset(space, w_b, w_a)
        else:
            r = la > lb and s_issubset(space, w_b, w_a)
        return space.newbool(r)
    return f


def _repr(space, args):
    return space.newtext(space.recursive_repr(args.args_w[0], '{...}', _set_repr))


def _len(space, args):
    w_self = args.args_w[0]
    assert isinstance(w_self, W_BaseSet)
    return space.newint(len(w_self.data))


def _iter(space, args):
    w_self = args.args_w[0]
    assert isinstance(w_self, W_BaseSet)
    from interp.objects.iterobject import W_SetIterator
    return W_SetIterator(w_self)


def _contains(space, args):
    w_self = args.args_w[0]
    assert isinstance(w_self, W_BaseSet)
    w_x = args.args_w[1]
    if isinstance(w_x, W_Set):
        w_x = W_FrozenSet(w_x.data)
    return space.newbool(w_x in w_self.data)


def _issubset(space, args):
    w_self = args.args_w[0]
    assert isinstance(w_self, W_BaseSet)
    return space.newbool(s_issubset(space, w_self, args.args_w[1]))


def _issuperset(space, args):
    w_self = args.args_w[0]
    assert isinstance(w_self, W_BaseSet)
    return space.newbool(s_issubset(space, _other_set(space, args.args_w[1]), w_self))


def _isdisjoint(space, args):
    w_self = args.args_w[0]
    assert isinstance(w_self, W_BaseSet)
    w_o = _other_set(space, args.args_w[1])
    for w_k, h in iterkeys_with_hash(w_o.data):
        if contains_with_hash(w_self.data, w_k, h):
            return space.w_False
    return space.w_True


def _copy(space, args):
    w_self = args.args_w[0]
    assert isinstance(w_self, W_BaseSet)
    return w_self.make(w_self.data.copy())


for _td in [set_typedef, frozenset_typedef]:
    for _op in range(6):
        _td.add(ops.CMP_NAMES[_op], _chk(_cmp(_op), 1, 1, W_BaseSet, 'set'))
    _td.add('__repr__', _chk(_repr, 0, 0, W_BaseSet, 'set'))
    _td.add('__len__', _chk(_len, 0, 0, W_BaseSet, 'set'))
    _td.add('__iter__', _chk(_iter, 0, 0, W_BaseSet, 'set'))
    _td.add('__contains__', _chk(_contains, 1, 1, W_BaseSet, 'set'))
    _td.add('issubset', _chk(_issubset, 1, 1, W_BaseSet, 'set'))
    _td.add('issuperset', _chk(_issuperset, 1, 1, W_BaseSet, 'set'))
    _td.add('isdisjoint', _chk(_isdisjoint, 1, 1, W_BaseSet, 'set'))
    _td.add('copy', _chk(_copy, 0, 0, W_BaseSet, 'set'))


@frozenset_typedef.method('__hash__', 0)
def frozenset_hash(space, w_self):
    return space.newint(frozenset_hash_w(space, w_self))


def frozenset_hash_w(space, w_self):
    """The hash of a frozenset (space.hash_w's exact-frozenset path)."""
    from rpython.rlib.rarithmetic import intmask
    h = 1927868237
    for w_k, x in iterkeys_with_hash(w_self.data):
        h ^= (x ^ (x << 16) ^ 89869747) * 3644798167
    return intmask(h)


@set_typedef.method('add', 1)
def set_add(space, w_self, w_x):
    w_self.data[w_x] = None
    return space.w_None


@set_typedef.method('remove', 1)
def set_remove(space, w_self, w_x):
    if w_x not in w_self.data:
        from interp.error import OperationError
        raise OperationError(space.w_KeyError, space.call_function(space.w_KeyError, [w_x]))
    del w_self.data[w_x]
    return space.w_None


@set_typedef.method('discard', 1)
def set_discard(space, w_self, w_x):
    if w_x in w_self.data:
        del w_self.data[w_x]
    return space.w_None


@set_typedef.method('pop', 0)
def set_pop(space, w_self):
    if not w_self.data:
        raise oefmt(space.w_KeyError, "pop from an empty set")
    w_k = _first_key(w_self.data)
    del w_self.data[w_k]
    return w_k


def _first_key(data):
    for w_k in data:
        return w_k
    return None


@set_typedef.method('clear', 0)
def set_clear(space, w_self):
    w_self.data.clear()
    return space.w_None


def _update(space, args):
    w_self = args.args_w[0]
    assert isinstance(w_self, W_Set)
    for w_other in args.args_w[1:]:
        set_from_iterable(space, w_other, w_self.data)
    return space.w_None


def _named_update(func):
    def f(space, args):
        w_self = args.args_w[0]
        assert isinstance(w_self, W_Set)
        w_res = w_self
        for w_other in args.args_w[1:]:
            w_res = func(space, w_res, w_other)
        assert isinstance(w_res, W_BaseSet)
        w_self.data = w_res.data
        return space.w_None
    return f


set_typedef.add('update', _update)
set_typedef.add('intersection_update', _chk(_named_update(s_intersection), 0, 1000000, W_Set, 'set'))
set_typedef.add('difference_update', _chk(_named_update(s_difference), 0, 1000000, W_Set, 'set'))
set_typedef.add('symmetric_difference_update', _chk(_named_update(s_symdiff), 1, 1, W_Set, 'set'))
