"""Iterators over the builtin containers, and the dict views.

Every iterator implements next_w(space) returning the next item or None at
the end, so that `for` loops never allocate a StopIteration."""
from interp.objects.root import W_Root, TypeDef
from interp.error import oefmt
from interp import utf8
from interp import ops
from rpython.rlib.objectmodel import we_are_translated


class W_Iterator(W_Root):
    _attrs_ = []

    def getclass(self, space):
        return space.w_iterator

    def next_w(self, space):
        raise NotImplementedError


class W_SeqIterator(W_Iterator):
    _attrs_ = ['items_w', 'index']

    def __init__(self, items_w):
        self.items_w = items_w
        self.index = 0

    def next_w(self, space):
        i = self.index
        if i >= len(self.items_w):
            return None
        self.index = i + 1
        return self.items_w[i]


class W_ListIterator(W_Iterator):
    _attrs_ = ['w_list', 'index']

    def __init__(self, w_list):
        self.w_list = w_list
        self.index = 0

    def next_w(self, space):
        items = self.w_list.items_w
        i = self.index
        if i >= len(items):
            return None
        self.index = i + 1
        return items[i]


class W_StrIterator(W_Iterator):
    _attrs_ = ['w_str', 'pos']

    def __init__(self, w_str):
        self.w_str = w_str
        self.pos = 0

    def next_w(self, space):
        s = self.w_str.utf8
        pos = self.pos
        if pos >= len(s):
            return None
        k = utf8.char_len_at(s, pos)
        self.pos = pos + k
        return space.newtext_len(s[pos:pos + k], 1)


class W_BytesIterator(W_Iterator):
    _attrs_ = ['value', 'pos']

    def __init__(self, value):
        self.value = value
        self.pos = 0

    def next_w(self, space):
        pos = self.pos
        if pos >= len(self.value):
            return None
        self.pos = pos + 1
        return space.newint(ord(self.value[pos]))


class W_RangeIterator(W_Iterator):
    _attrs_ = ['current', 'remaining', 'step']

    def __init__(self, start, length, step):
        self.current = start
        self.remaining = length
        self.step = step

    def next_w(self, space):
        if self.remaining <= 0:
            return None
        self.remaining -= 1
        v = self.current
        self.current = v + self.step
        return space.newint(v)


def _rdict_iteritems(d):
    """A live iterator of (w_key, w_value) over an r_dict: translated, the
    RPython dict iterator (sees value replacements and later entries, never
    reads out of bounds); untranslated r_dict.iteritems() is a snapshot, so
    walk the underlying OrderedDict instead to behave the same."""
    if not we_are_translated():
        return _untranslated_rdict_iteritems(d)
    return d.iteritems()


def _untranslated_rdict_iteritems(d):
    "NOT_RPYTHON"
    od = d._dict
    for dk in od:
        if dk in od:
            yield dk.key, od[dk]


class W_DictIterator(W_Iterator):
    """kind: 0 keys, 1 values, 2 items.  Walks the dict's RPython storage
    directly: `strit` over the str-keyed OrderedDict `strdict`, or `rit` over
    the r_dict `rdict`.  If the dict's storage changed since the last step
    (the str -> r_dict switch, which keeps the order, or a clear()), the walk
    goes on in the new storage after skipping the `pos` entries produced so
    far.  Checks the size like CPython; w_dict is None once exhausted."""
    _attrs_ = ['w_dict', 'kind', 'size', 'pos', 'strdict', 'strit', 'rdict', 'rit']

    def __init__(self, w_dict, kind):
        self.w_dict = w_dict
        self.kind = kind
        self.size = w_dict.length()
        self.pos = 0
        # strit and rit (RPython dict iterators, which cannot be None) are set
        # by _start_str / _start_r before any use
        self.strdict = None
        self.rdict = None

    def _start_str(self, strdict):
        self.rdict = None
        self.strdict = strdict
        it = strdict.iteritems()
        n = self.pos
        if n > 0:
            for _ in it:
                n -= 1
                if n == 0:
                    break
        self.strit = it

    def _start_r(self, rdict):
        self.strdict = None
        self.rdict = rdict
        it = _rdict_iteritems(rdict)
        n = self.pos
        if n > 0:
            for _ in it:
                n -= 1
                if n == 0:
                    break
        self.rit = it

    def _finish(self):
        # an exhausted RPython dict iterator drops its dict by itself
        self.w_dict = None
        self.strdict = None
        self.rdict = None

    def next_w(self, space):
        w_dict = self.w_dict
        if w_dict is None:
            return None
        if w_dict.length() != self.size:
            self.size = -1      # stays broken, as in CPython
            raise oefmt(space.w_RuntimeError, "dictionary changed size during iteration")
        rdict = w_dict.rdict
        if rdict is None:
            if w_dict.strdict is not self.strdict:
                self._start_str(w_dict.strdict)
            for key, w_value in self.strit:
                self.pos += 1
                if self.kind == 1:
                    return w_value
                w_key = space.newtext(key)
                if self.kind == 0:
                    return w_key
                return space.newtuple([w_key, w_value])
        else:
            if rdict is not self.rdict:
                self._start_r(rdict)
            for w_key, w_value in self.rit:
                self.pos += 1
                if self.kind == 0:
                    return w_key
                if self.kind == 1:
                    return w_value
                return space.newtuple([w_key, w_value])
        self._finish()
        return None


class W_SetIterator(W_Iterator):
    """Walks the set's r_dict directly (live); checks the size like CPython.
    If the set's storage was replaced (an in-place operator that kept the
    size), goes on in the new one after the `pos` keys produced so far."""
    _attrs_ = ['w_set', 'size', 'pos', 'data', 'it']

    def __init__(self, w_set):
        self.w_set = w_set
        self.size = len(w_set.data)
        self.pos = 0
        self.data = None        # `it` is set by _start before any use

    def _start(self, data):
        self.data = data
        it = data.iterkeys()
        n = self.pos
        if n > 0:
            for _ in it:
                n -= 1
                if n == 0:
                    break
        self.it = it

    def next_w(self, space):
        w_set = self.w_set
        if w_set is None:
            return None
        data = w_set.data
        if len(data) != self.size:
            self.size = -1      # stays broken, as in CPython
            raise oefmt(space.w_RuntimeError, "Set changed size during iteration")
        if data is not self.data:
            self._start(data)
        for w_key in self.it:
            self.pos += 1
            return w_key
        self.w_set = None
        self.data = None
        return None


class W_Enumerate(W_Iterator):
    _attrs_ = ['w_iter', 'index']

    def __init__(self, w_iter, start):
        self.w_iter = w_iter
        self.index = start

    def getclass(self, space):
        return space.w_enumerate

    def next_w(self, space):
        w_item = space.next(self.w_iter)
        if w_item is None:
            return None
        i = self.index
        self.index = i + 1
        return space.newtuple([space.newint(i), w_item])


class W_Zip(W_Iterator):
    _attrs_ = ['iters_w']

    def __init__(self, iters_w):
        self.iters_w = iters_w

    def getclass(self, space):
        return space.w_zip

    def next_w(self, space):
        if not self.iters_w:
            return None
        items = [None] * len(self.iters_w)
        for i in range(len(self.iters_w)):
            w_item = space.next(self.iters_w[i])
            if w_item is None:
                return None
            items[i] = w_item
        return space.newtuple(items)


class W_Map(W_Iterator):
    _attrs_ = ['w_func', 'iters_w']

    def __init__(self, w_func, iters_w):
        self.w_func = w_func
        self.iters_w = iters_w

    def getclass(self, space):
        return space.w_map

    def next_w(self, space):
        args = [None] * len(self.iters_w)
        for i in range(len(self.iters_w)):
            w_item = space.next(self.iters_w[i])
            if w_item is None:
                return None
            args[i] = w_item
        return space.call_function(self.w_func, args)


class W_Filter(W_Iterator):
    _attrs_ = ['w_func', 'w_iter']

    def __init__(self, w_func, w_iter):
        self.w_func = w_func
        self.w_iter = w_iter

    def getclass(self, space):
        return space.w_filter

    def next_w(self, space):
        while True:
            w_item = space.next(self.w_iter)
            if w_item is None:
                return None
            if space.is_none(self.w_func):
                ok = space.is_true(w_item)
            else:
                ok = space.is_true(space.call_function(self.w_func, [w_item]))
            if ok:
                return w_item


class W_Reversed(W_Iterator):
    _attrs_ = ['w_seq', 'index']

    def __init__(self, w_seq, length):
        self.w_seq = w_seq
        self.index = length - 1

    def getclass(self, space):
        return space.w_reversed

    def next_w(self, space):
        i = self.index
        if i < 0:
            return None
        self.index = i - 1
        return space.getitem(self.w_seq, space.newint(i))


class W_CallableIterator(W_Iterator):
    _attrs_ = ['w_callable', 'w_sentinel', 'done']

    def __init__(self, w_callable, w_sentinel):
        self.w_callable = w_callable
        self.w_sentinel = w_sentinel
        self.done = False

    def next_w(self, space):
        if self.done:
            return None
        w_v = space.call_function(self.w_callable, [])
        if space.eq_w(w_v, self.w_sentinel):
            self.done = True
            return None
        return w_v


class W_DictView(W_Root):
    _attrs_ = ['w_dict', 'kind']

    def __init__(self, w_dict, kind):
        self.w_dict = w_dict
        self.kind = kind

    def getclass(self, space):
        if self.kind == 0:
            return space.w_dict_keys
        if self.kind == 1:
            return space.w_dict_values
        return space.w_dict_items


iterator_typedef = TypeDef('iterator', W_Iterator, acceptable_as_base=False)


@iterator_typedef.method('__iter__', 0)
def iter_iter(space, w_self):
    return w_self


@iterator_typedef.method('__next__', 0)
def iter_next(space, w_self):
    w_item = w_self.next_w(space)
    if w_item is None:
        raise oefmt(space.w_StopIteration, None)
    return w_item


enumerate_typedef = TypeDef('enumerate', W_Enumerate, base=iterator_typedef)
zip_typedef = TypeDef('zip', W_Zip, base=iterator_typedef)
map_typedef = TypeDef('map', W_Map, base=iterator_typedef)
filter_typedef = TypeDef('filter', W_Filter, base=iterator_typedef)
reversed_typedef = TypeDef('reversed', W_Reversed, base=iterator_typedef)


def enumerate_new(space, args):
    args.check_kw_only(space, 'enumerate', ['iterable', 'start'])
    if args.npos() > 3:
        raise oefmt(space.w_TypeError, "enumerate() takes at most 2 arguments")
    w_iterable = args.arg(1)
    if w_iterable is None:
        w_iterable = args.kw('iterable')
    if w_iterable is None:
        raise oefmt(space.w_TypeError, "enumerate() missing required argument")
    w_start = args.arg(2)
    if w_start is None:
        w_start = args.kw('start')
    start = 0 if w_start is None else space.int_w(w_start)
    return W_Enumerate(space.iter(w_iterable), start)


def zip_new(space, args):
    return W_Zip([space.iter(w) for w in args.args_w[1:]])


def map_new(space, args):
    if len(args.args_w) < 3:
        raise oefmt(space.w_TypeError, "map() must have at least two arguments")
    return W_Map(args.args_w[1], [space.iter(w) for w in args.args_w[2:]])


def filter_new(space, args):
    if len(args.args_w) != 3:
        raise oefmt(space.w_TypeError, "filter expected 2 arguments")
    return W_Filter(args.args_w[1], space.iter(args.args_w[2]))


def reversed_new(space, args):
    if len(args.args_w) != 2:
        raise oefmt(space.w_TypeError, "reversed expected 1 argument")
    w_seq = args.args_w[1]
    w_rev = space.lookup(w_seq, '__reversed__')
    if w_rev is not None:
        return space.call_function(w_rev, [w_seq])
    from interp.objects.listobject import W_List
    from interp.objects.tupleobject import W_Tuple
    if isinstance(w_seq, W_List):
        return W_SeqIterator(_reversed_list(w_seq.items_w))
    if isinstance(w_seq, W_Tuple):
        return W_SeqIterator(_reversed_list(w_seq.items_w))
    if space.lookup(w_seq, '__getitem__') is None:
        raise oefmt(space.w_TypeError, "'%s' object is not reversible" % space.type_name(w_seq))
    return W_Reversed(w_seq, space.len_w(w_seq))


def _reversed_list(items):
    res = list(items)
    res.reverse()
    return res


enumerate_typedef.add('__new__', enumerate_new)
zip_typedef.add('__new__', zip_new)
map_typedef.add('__new__', map_new)
filter_typedef.add('__new__', filter_new)
reversed_typedef.add('__new__', reversed_new)


dict_keys_typedef = TypeDef('dict_keys', W_DictView, acceptable_as_base=False)
dict_values_typedef = TypeDef('dict_values', W_DictView, acceptable_as_base=False)
dict_items_typedef = TypeDef('dict_items', W_DictView, acceptable_as_base=False)


def _view_iter(space, args):
    w_self = args.args_w[0]
    assert isinstance(w_self, W_DictView)
    return W_DictIterator(w_self.w_dict, w_self.kind)


def _view_len(space, args):
    w_self = args.args_w[0]
    assert isinstance(w_self, W_DictView)
    return space.newint(w_self.w_dict.length())


def _view_repr(space, args):
    w_self = args.args_w[0]
    assert isinstance(w_self, W_DictView)
    items_w = space.unpack_iterable(W_DictIterator(w_self.w_dict, w_self.kind))
    name = ['dict_keys', 'dict_values', 'dict_items'][w_self.kind]
    return space.newtext(name + '(' + space.repr_w(space.newlist(items_w)) + ')')


def _view_contains(space, args):
    w_self = args.args_w[0]
    assert isinstance(w_self, W_DictView)
    w_x = args.args_w[1]
    if w_self.kind == 0:
        return space.newbool(w_self.w_dict.contains(space, w_x))
    if w_self.kind == 2:
        # as CPython: a 2-tuple whose key is there with an equal value
        from interp.objects.tupleobject import W_Tuple
        if not isinstance(w_x, W_Tuple) or len(w_x.items_w) != 2:
            return space.w_False
        w_v = w_self.w_dict.getitem(space, w_x.items_w[0])
        if w_v is None:
            return space.w_False
        return space.newbool(space.eq_w(w_v, w_x.items_w[1]))
    it = W_DictIterator(w_self.w_dict, w_self.kind)
    while True:
        w_item = it.next_w(space)
        if w_item is None:
            return space.w_False
        if space.eq_w(w_item, w_x):
            return space.w_True


for _td in [dict_keys_typedef, dict_values_typedef, dict_items_typedef]:
    _td.add('__iter__', _view_iter)
    _td.add('__len__', _view_len)
    _td.add('__repr__', _view_repr)
    _td.add('__contains__', _view_contains)


# keys and items views are set-like: & | - ^ give sets, comparisons are set
# comparisons; any iterable is accepted on the other side, as in CPython
def _view_as_set(space, w_view):
    from interp.objects.setobject import W_Set, set_from_iterable
    w_s = W_Set()
    set_from_iterable(space, w_view, w_s.data)
    return w_s


def _view_setop(op, reflected):
    def f(space, args):
        w_self = args.args_w[0]
        w_other = args.args_w[1]
        if space.lookup(w_other, '__iter__') is None:
            return space.w_NotImplemented
        w_a = _view_as_set(space, w_self)
        w_b = _view_as_set(space, w_other)
        if reflected:
            return space.binop(op, w_b, w_a)
        return space.binop(op, w_a, w_b)
    return f


def _view_cmp(op):
    def f(space, args):
        from interp.objects.setobject import W_BaseSet
        w_other = args.args_w[1]
        if not isinstance(w_other, W_BaseSet) and not (
                isinstance(w_other, W_DictView) and w_other.kind != 1):
            return space.w_NotImplemented
        return space.compare(op, _view_as_set(space, args.args_w[0]),
                             _view_as_set(space, w_other))
    return f


def _view_isdisjoint(space, args):
    w_self = args.args_w[0]
    for w_x in space.unpack_iterable(args.args_w[1]):
        if space.contains(w_self, w_x):
            return space.w_False
    return space.w_True


def _view_reversed(space, args):
    w_self = args.args_w[0]
    assert isinstance(w_self, W_DictView)
    items_w = space.unpack_iterable(W_DictIterator(w_self.w_dict, w_self.kind))
    return W_SeqIterator(_reversed_list(items_w))


for _td in [dict_keys_typedef, dict_items_typedef]:
    for _op in [ops.AND, ops.OR, ops.SUB, ops.XOR]:
        _td.add(ops.BINOP_NAMES[_op], _view_setop(_op, False))
        _td.add(ops.RBINOP_NAMES[_op], _view_setop(_op, True))
    for _op in range(6):
        _td.add(ops.CMP_NAMES[_op], _view_cmp(_op))
    _td.add('isdisjoint', _view_isdisjoint)
for _td in [dict_keys_typedef, dict_values_typedef, dict_items_typedef]:
    _td.add('__reversed__', _view_reversed)
