"""list.sort and sorted(): TimSort, specialised by what is compared.

When every key is an exact int, str or float, the keys are compared as RPython
values (no `<` dispatch per comparison); with no key function the list of
objects is sorted as it is, without (key, value) pairs. Anything else sorts
(key, value) pairs with the full `<`. Each specialisation is its own TimSort
class so that its comparison is a direct, inlinable call."""
from rpython.rlib import jit
from rpython.rlib.listsort import make_timsort_class
from interp.objects.intobject import W_Int
from interp.objects.strobject import W_Str
from interp.objects.floatobject import W_Float


# ____________________________________________________________
# (key, value) pairs, for sorting with a key function

class SortItem(object):
    def __init__(self, w_key, w_value):
        self.w_key = w_key
        self.w_value = w_value


class IntKeyItem(object):
    def __init__(self, key, w_value):
        self.key = key
        self.w_value = w_value


class StrKeyItem(object):
    def __init__(self, key, w_value):
        self.key = key
        self.w_value = w_value


class FloatKeyItem(object):
    def __init__(self, key, w_value):
        self.key = key
        self.w_value = w_value


_ItemSortBase = make_timsort_class()
_ObjectSortBase = make_timsort_class()


class ItemSort(_ItemSortBase):
    def __init__(self, items, space):
        _ItemSortBase.__init__(self, items)
        self.space = space

    def lt(self, a, b):
        return self.space.lt_w(a.w_key, b.w_key)


class IntKeySort(make_timsort_class()):
    def lt(self, a, b):
        return a.key < b.key


class StrKeySort(make_timsort_class()):
    def lt(self, a, b):
        return a.key < b.key        # UTF-8 byte order is code point order


class FloatKeySort(make_timsort_class()):
    def lt(self, a, b):
        return a.key < b.key


# ____________________________________________________________
# the objects themselves, for sorting without a key function

class ObjectSort(_ObjectSortBase):
    def __init__(self, items, space):
        _ObjectSortBase.__init__(self, items)
        self.space = space

    def lt(self, a, b):
        return self.space.lt_w(a, b)


class IntObjectSort(make_timsort_class()):
    def lt(self, a, b):
        assert isinstance(a, W_Int) and isinstance(b, W_Int)
        return a.intval < b.intval


class StrObjectSort(make_timsort_class()):
    def lt(self, a, b):
        assert isinstance(a, W_Str) and isinstance(b, W_Str)
        return a.utf8 < b.utf8


class FloatObjectSort(make_timsort_class()):
    def lt(self, a, b):
        assert isinstance(a, W_Float) and isinstance(b, W_Float)
        return a.floatval < b.floatval


KIND_OTHER, KIND_INT, KIND_STR, KIND_FLOAT = range(4)


def kind_of(keys_w):
    """The one exact builtin type all of keys_w have (KIND_OTHER if mixed)."""
    if len(keys_w) == 0:
        return KIND_OTHER
    t = type(keys_w[0])
    if t is W_Int:
        kind = KIND_INT
    elif t is W_Str:
        kind = KIND_STR
    elif t is W_Float:
        kind = KIND_FLOAT
    else:
        return KIND_OTHER
    for w_k in keys_w:
        if type(w_k) is not t:
            return KIND_OTHER
    return kind


def _sort_objects(space, items_w):
    kind = kind_of(items_w)
    if kind == KIND_INT:
        IntObjectSort(items_w).sort()
    elif kind == KIND_STR:
        StrObjectSort(items_w).sort()
    elif kind == KIND_FLOAT:
        FloatObjectSort(items_w).sort()
    else:
        ObjectSort(items_w, space).sort()


def _sort_by_keys(space, items_w, keys_w):
    """Sort items_w by keys_w (parallel lists), stably."""
    n = len(items_w)
    kind = kind_of(keys_w)
    if kind == KIND_INT:
        ipairs = [None] * n
        for i in range(n):
            w_k = keys_w[i]
            assert isinstance(w_k, W_Int)
            ipairs[i] = IntKeyItem(w_k.intval, items_w[i])
        IntKeySort(ipairs).sort()
        for i in range(n):
            items_w[i] = ipairs[i].w_value
    elif kind == KIND_STR:
        spairs = [None] * n
        for i in range(n):
            w_k = keys_w[i]
            assert isinstance(w_k, W_Str)
            spairs[i] = StrKeyItem(w_k.utf8, items_w[i])
        StrKeySort(spairs).sort()
        for i in range(n):
            items_w[i] = spairs[i].w_value
    elif kind == KIND_FLOAT:
        fpairs = [None] * n
        for i in range(n):
            w_k = keys_w[i]
            assert isinstance(w_k, W_Float)
            fpairs[i] = FloatKeyItem(w_k.floatval, items_w[i])
        FloatKeySort(fpairs).sort()
        for i in range(n):
            items_w[i] = fpairs[i].w_value
    else:
        pairs = [None] * n
        for i in range(n):
            pairs[i] = SortItem(keys_w[i], items_w[i])
        ItemSort(pairs, space).sort()
        for i in range(n):
            items_w[i] = pairs[i].w_value


# the key function runs in a loop of its own for the JIT, which inlines it
key_driver = jit.JitDriver(name='sort_keys', greens=['w_type'], reds='auto')


def compute_keys(space, w_key, items_w):
    keys_w = [None] * len(items_w)
    w_type = space.type(w_key)
    i = 0
    while i < len(items_w):
        key_driver.jit_merge_point(w_type=w_type)
        keys_w[i] = space.call_function(w_key, [items_w[i]])
        i += 1
    return keys_w


def sort_list(space, items_w, w_key, reverse):
    """Sort items_w in place, stably (reverse keeps stability as CPython does:
    reverse, sort, reverse)."""
    has_key = w_key is not None and not space.is_none(w_key)
    keys_w = None
    if has_key:
        # all keys first, as CPython does: a failing key function leaves the
        # list unsorted
        keys_w = compute_keys(space, w_key, items_w)
    if reverse:
        items_w.reverse()
        if keys_w is not None:
            keys_w.reverse()
    if keys_w is not None:
        _sort_by_keys(space, items_w, keys_w)
    else:
        _sort_objects(space, items_w)
    if reverse:
        items_w.reverse()
