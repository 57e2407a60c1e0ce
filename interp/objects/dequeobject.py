"""collections.deque, native (exposed by the _collections module, see
interp/modules/collections_mod.py).

A ring buffer: items_w is a list whose length (the capacity) is a power of
two, head the slot of the first item, length the number of items.  It
doubles when full and halves when a quarter full, so append/appendleft/pop/
popleft and indexing are O(1).  maxlen is -1 for an unbounded deque.

As in CPython, `state` counts the mutations that change the length or the
order (append, pop, clear, rotate, ...): an iterator, count(), index() or
`in` that sees it change raises RuntimeError('deque mutated during
iteration') instead of walking a deque that moved under it."""
from rpython.rlib.rarithmetic import ovfcheck
from interp.objects.root import W_Root, TypeDef
from interp.objects.iterobject import W_Iterator
from interp.objects.tupleobject import seq_repr, seq_compare
from interp.error import oefmt
from interp import ops
from interp.subclass import builtin_new

MIN_CAPACITY = 8        # a power of two


class W_Deque(W_Root):
    _attrs_ = ['items_w', 'head', 'length', 'maxlen', 'state']

    def __init__(self, maxlen=-1):
        self.items_w = [None] * MIN_CAPACITY
        self.head = 0
        self.length = 0
        self.maxlen = maxlen
        self.state = 0

    def getclass(self, space):
        return space.w_deque

    # ____________________________________________________________
    # the ring buffer (no maxlen, no state)

    def get(self, i):
        """Item i, 0 <= i < length."""
        items = self.items_w
        return items[(self.head + i) & (len(items) - 1)]

    def set(self, i, w_x):
        items = self.items_w
        items[(self.head + i) & (len(items) - 1)] = w_x

    def to_list(self):
        items = self.items_w
        mask = len(items) - 1
        h = self.head
        result_w = [None] * self.length
        for i in range(self.length):
            result_w[i] = items[(h + i) & mask]
        return result_w

    def _resize(self, capacity):
        new_w = [None] * capacity
        items = self.items_w
        mask = len(items) - 1
        h = self.head
        for i in range(self.length):
            new_w[i] = items[(h + i) & mask]
        self.items_w = new_w
        self.head = 0

    def _push_right(self, w_x):
        if self.length == len(self.items_w):
            self._resize(2 * len(self.items_w))
        items = self.items_w
        items[(self.head + self.length) & (len(items) - 1)] = w_x
        self.length += 1

    def _push_left(self, w_x):
        if self.length == len(self.items_w):
            self._resize(2 * len(self.items_w))
        items = self.items_w
        h = (self.head - 1) & (len(items) - 1)
        items[h] = w_x
        self.head = h
        self.length += 1

    def _pop_right(self):
        """The last item removed (length > 0)."""
        items = self.items_w
        n = self.length - 1
        j = (self.head + n) & (len(items) - 1)
        w_x = items[j]
        items[j] = None
        self.length = n
        return w_x

    def _pop_left(self):
        """The first item removed (length > 0)."""
        items = self.items_w
        h = self.head
        w_x = items[h]
        items[h] = None
        self.head = (h + 1) & (len(items) - 1)
        self.length -= 1
        return w_x

    def _maybe_shrink(self):
        cap = len(self.items_w)
        if cap > MIN_CAPACITY and self.length * 4 < cap:
            self._resize(cap >> 1)

    # ____________________________________________________________
    # the operations, with maxlen and the mutation count

    def append(self, w_x):
        self.state += 1
        if self.maxlen >= 0 and self.length >= self.maxlen:
            if self.maxlen == 0:
                return
            self._pop_left()
        self._push_right(w_x)

    def appendleft(self, w_x):
        self.state += 1
        if self.maxlen >= 0 and self.length >= self.maxlen:
            if self.maxlen == 0:
                return
            self._pop_right()
        self._push_left(w_x)

    def pop(self, space):
        if self.length == 0:
            raise oefmt(space.w_IndexError, "pop from an empty deque")
        self.state += 1
        w_x = self._pop_right()
        self._maybe_shrink()
        return w_x

    def popleft(self, space):
        if self.length == 0:
            raise oefmt(space.w_IndexError, "pop from an empty deque")
        self.state += 1
        w_x = self._pop_left()
        self._maybe_shrink()
        return w_x

    def clear(self):
        self.state += 1
        self.items_w = [None] * MIN_CAPACITY
        self.head = 0
        self.length = 0

    def rotate(self, n):
        length = self.length
        if length <= 1:
            return
        self.state += 1
        n = n % length
        if n < 0:
            n += length
        if n == 0:
            return
        if n <= length >> 1:
            for k in range(n):              # the last n items to the front
                self._push_left(self._pop_right())
        else:
            for k in range(length - n):     # the first length-n to the back
                self._push_right(self._pop_left())

    def reverse(self):
        i = 0
        j = self.length - 1
        while i < j:
            w_a = self.get(i)
            self.set(i, self.get(j))
            self.set(j, w_a)
            i += 1
            j -= 1

    def insert(self, i, w_x):
        """Insert before item i, 0 < i < length (the ends are append*)."""
        self.state += 1
        n = self.length
        if i < (n >> 1):
            self._push_left(None)
            for k in range(i):
                self.set(k, self.get(k + 1))
        else:
            self._push_right(None)
            k = n
            while k > i:
                self.set(k, self.get(k - 1))
                k -= 1
        self.set(i, w_x)

    def delete(self, i):
        """Remove item i, 0 <= i < length."""
        self.state += 1
        n = self.length
        if i < (n >> 1):
            k = i
            while k > 0:
                self.set(k, self.get(k - 1))
                k -= 1
            self._pop_left()
        else:
            for k in range(i, n - 1):
                self.set(k, self.get(k + 1))
            self._pop_right()
        self._maybe_shrink()

    def extend_list(self, items_w, left):
        for w_x in items_w:
            if left:
                self.appendleft(w_x)
            else:
                self.append(w_x)


class W_DequeIterator(W_Iterator):
    """Iterates a deque forward or backward; `counter` items remain."""
    _attrs_ = ['w_deque', 'counter', 'state', 'backward']

    def __init__(self, w_deque, backward):
        self.w_deque = w_deque
        self.counter = w_deque.length
        self.state = w_deque.state
        self.backward = backward

    def next_w(self, space):
        w_deque = self.w_deque
        if w_deque.state != self.state:
            self.counter = 0
            raise oefmt(space.w_RuntimeError, "deque mutated during iteration")
        c = self.counter
        if c <= 0:
            return None
        c -= 1
        self.counter = c
        if self.backward:
            return w_deque.get(c)
        return w_deque.get(w_deque.length - 1 - c)


deque_typedef = TypeDef('deque', W_Deque)


@builtin_new('w_deque')
def deque_new(space, args):
    return W_Deque()


deque_typedef.add('__new__', deque_new)


def _arg(space, args, i, name):
    w_x = args.arg(i)
    w_kw = args.kw(name)
    if w_x is None:
        return w_kw
    if w_kw is not None:
        raise oefmt(space.w_TypeError,
                    "argument for deque() given by name ('%s') and position (%d)"
                    % (name, i + 1))
    return w_x


@deque_typedef.raw_method('__init__')
def deque_init(space, w_self, args):
    """deque(iterable=(), maxlen=None) as CPython's; MicroPython's
    deque(iterable, maxlen, flags) is accepted too (flags is ignored)."""
    args.check_kw_only(space, 'deque', ['iterable', 'maxlen', 'flags'])
    if args.npos() > 3:
        raise oefmt(space.w_TypeError, "deque() takes at most 3 arguments (%d given)"
                    % args.npos())
    w_iterable = _arg(space, args, 0, 'iterable')
    w_maxlen = _arg(space, args, 1, 'maxlen')
    maxlen = -1
    if w_maxlen is not None and not space.is_none(w_maxlen):
        if not space.is_index(w_maxlen):
            raise oefmt(space.w_TypeError, "an integer is required")
        maxlen = space.int_w(w_maxlen)
        if maxlen < 0:
            raise oefmt(space.w_ValueError, "maxlen must be non-negative")
    w_self.maxlen = maxlen
    if w_self.length > 0:
        w_self.clear()
    if w_iterable is not None:
        extend(space, w_self, w_iterable, False)
    return space.w_None


def _maxlen(space, args):
    w_self = args.args_w[0]
    if not isinstance(w_self, W_Deque):
        raise oefmt(space.w_TypeError, "descriptor requires a 'deque' object")
    if w_self.maxlen < 0:
        return space.w_None
    return space.newint(w_self.maxlen)


deque_typedef.add_getset('maxlen', _maxlen)


def extend(space, w_self, w_iterable, left):
    if w_iterable is w_self:
        # a copy first: the deque grows as it goes
        if type(w_self) is W_Deque:
            items_w = w_self.to_list()
        else:
            items_w = space.unpack_iterable(w_self)
        w_self.extend_list(items_w, left)
        return
    if type(w_iterable) is W_Deque:
        w_self.extend_list(w_iterable.to_list(), left)
        return
    w_iter = space.iter(w_iterable)
    while True:
        w_x = space.next(w_iter)
        if w_x is None:
            break
        if left:
            w_self.appendleft(w_x)
        else:
            w_self.append(w_x)


@deque_typedef.method('append', 1)
def deque_append(space, w_self, w_x):
    w_self.append(w_x)
    return space.w_None


@deque_typedef.method('appendleft', 1)
def deque_appendleft(space, w_self, w_x):
    w_self.appendleft(w_x)
    return space.w_None


@deque_typedef.method('pop', 0)
def deque_pop(space, w_self):
    return w_self.pop(space)


@deque_typedef.method('popleft', 0)
def deque_popleft(space, w_self):
    return w_self.popleft(space)


@deque_typedef.method('extend', 1)
def deque_extend(space, w_self, w_iterable):
    extend(space, w_self, w_iterable, False)
    return space.w_None


@deque_typedef.method('extendleft', 1)
def deque_extendleft(space, w_self, w_iterable):
    extend(space, w_self, w_iterable, True)
    return space.w_None


@deque_typedef.method('clear', 0)
def deque_clear(space, w_self):
    w_self.clear()
    return space.w_None


@deque_typedef.method('__len__', 0)
def deque_len(space, w_self):
    return space.newint(w_self.length)


def _index(space, w_self, w_index):
    return space.getindex_w(w_index, w_self.length, "deque index out of range")


@deque_typedef.method('__getitem__', 1)
def deque_getitem(space, w_self, w_index):
    return w_self.get(_index(space, w_self, w_index))


@deque_typedef.method('__setitem__', 2)
def deque_setitem(space, w_self, w_index, w_x):
    w_self.set(_index(space, w_self, w_index), w_x)
    return space.w_None


@deque_typedef.method('__delitem__', 1)
def deque_delitem(space, w_self, w_index):
    w_self.delete(_index(space, w_self, w_index))
    return space.w_None


@deque_typedef.method('__iter__', 0)
def deque_iter(space, w_self):
    return W_DequeIterator(w_self, False)


@deque_typedef.method('__reversed__', 0)
def deque_reversed(space, w_self):
    return W_DequeIterator(w_self, True)


def _find(space, w_self, w_x, start, stop):
    """The index of the first item == w_x in start..stop-1, or -1."""
    state = w_self.state
    i = start
    while i < stop:
        eq = space.eq_w(w_self.get(i), w_x)
        if w_self.state != state:
            raise oefmt(space.w_RuntimeError, "deque mutated during iteration")
        if eq:
            return i
        i += 1
    return -1


@deque_typedef.method('__contains__', 1)
def deque_contains(space, w_self, w_x):
    return space.newbool(_find(space, w_self, w_x, 0, w_self.length) >= 0)


@deque_typedef.method('count', 1)
def deque_count(space, w_self, w_x):
    state = w_self.state
    n = 0
    for i in range(w_self.length):
        eq = space.eq_w(w_self.get(i), w_x)
        if w_self.state != state:
            raise oefmt(space.w_RuntimeError, "deque mutated during iteration")
        if eq:
            n += 1
    return space.newint(n)


def _slice_index(space, w_i, length):
    if not space.is_index(w_i):
        raise oefmt(space.w_TypeError,
                    "slice indices must be integers or have an __index__ method")
    i = space.getindex_nocheck(w_i)
    if i < 0:
        i += length
        if i < 0:
            i = 0
    return i


@deque_typedef.method('index', 1, 3)
def deque_index(space, w_self, w_x, w_start, w_stop):
    n = w_self.length
    start = 0
    stop = n
    if w_start is not None:
        start = _slice_index(space, w_start, n)
    if w_stop is not None:
        stop = _slice_index(space, w_stop, n)
    if stop > n:
        stop = n
    if start > stop:
        start = stop
    i = _find(space, w_self, w_x, start, stop)
    if i < 0:
        raise oefmt(space.w_ValueError, "%s is not in deque" % space.repr_w(w_x))
    return space.newint(i)


@deque_typedef.method('remove', 1)
def deque_remove(space, w_self, w_x):
    state = w_self.state
    for i in range(w_self.length):
        eq = space.eq_w(w_self.get(i), w_x)
        if w_self.state != state:
            raise oefmt(space.w_IndexError, "deque mutated during remove().")
        if eq:
            w_self.delete(i)
            return space.w_None
    raise oefmt(space.w_ValueError, "%s is not in deque" % space.repr_w(w_x))


@deque_typedef.method('insert', 2)
def deque_insert(space, w_self, w_index, w_x):
    if not space.is_index(w_index):
        raise oefmt(space.w_TypeError, "'%s' object cannot be interpreted as an integer"
                    % space.type_name(w_index))
    i = space.getindex_nocheck(w_index)
    n = w_self.length
    if w_self.maxlen == n:
        raise oefmt(space.w_IndexError, "deque already at its maximum size")
    if i >= n:
        w_self.append(w_x)
    elif i <= -n or i == 0:
        w_self.appendleft(w_x)
    else:
        if i < 0:
            i += n
        w_self.insert(i, w_x)
    return space.w_None


@deque_typedef.method('reverse', 0)
def deque_reverse(space, w_self):
    w_self.reverse()
    return space.w_None


@deque_typedef.method('rotate', 0, 1)
def deque_rotate(space, w_self, w_n):
    n = 1
    if w_n is not None:
        if not space.is_index(w_n):
            raise oefmt(space.w_TypeError, "'%s' object cannot be interpreted as an integer"
                        % space.type_name(w_n))
        n = space.int_w(w_n)
    w_self.rotate(n)
    return space.w_None


def copy(space, w_self):
    """A copy of the deque: for a subclass, type(d)(d[, maxlen]) as CPython."""
    if type(w_self) is W_Deque:
        w_new = W_Deque(w_self.maxlen)
        w_new.items_w = list(w_self.items_w)
        w_new.head = w_self.head
        w_new.length = w_self.length
        return w_new
    w_type = space.type(w_self)
    if w_self.maxlen < 0:
        return space.call_function(w_type, [w_self])
    return space.call_function(w_type, [w_self, space.newint(w_self.maxlen)])


@deque_typedef.method('copy', 0)
def deque_copy(space, w_self):
    return copy(space, w_self)


@deque_typedef.method('__copy__', 0)
def deque_dunder_copy(space, w_self):
    return copy(space, w_self)


@deque_typedef.method('__add__', 1)
def deque_add(space, w_self, w_other):
    if not isinstance(w_other, W_Deque):
        return space.w_NotImplemented
    w_new = copy(space, w_self)
    if isinstance(w_new, W_Deque):
        extend(space, w_new, w_other, False)
    else:
        space.call_method(w_new, 'extend', [w_other])
    return w_new


@deque_typedef.method('__iadd__', 1)
def deque_iadd(space, w_self, w_other):
    extend(space, w_self, w_other, False)
    return w_self


def repeat(space, w_self, n):
    """The deque's items n times over, in place (keeping the last maxlen)."""
    if n <= 0:
        w_self.clear()
        return
    items_w = w_self.to_list()
    size = len(items_w)
    if size == 0 or n == 1:
        return
    try:
        total = ovfcheck(size * n)
    except OverflowError:
        raise oefmt(space.w_MemoryError, "")
    skip = 0
    if w_self.maxlen >= 0 and total > w_self.maxlen:
        skip = total - w_self.maxlen
    w_self.clear()
    for p in range(skip, total):
        w_self._push_right(items_w[p % size])


def _mul(space, w_self, w_times, inplace):
    if not space.is_index(w_times):
        return space.w_NotImplemented
    n = space.getindex_nocheck(w_times)
    if inplace:
        w_new = w_self
    else:
        w_new = copy(space, w_self)
        if not isinstance(w_new, W_Deque):
            return space.w_NotImplemented
    repeat(space, w_new, n)
    return w_new


@deque_typedef.method('__mul__', 1)
def deque_mul(space, w_self, w_times):
    return _mul(space, w_self, w_times, False)


@deque_typedef.method('__rmul__', 1)
def deque_rmul(space, w_self, w_times):
    return _mul(space, w_self, w_times, False)


@deque_typedef.method('__imul__', 1)
def deque_imul(space, w_self, w_times):
    return _mul(space, w_self, w_times, True)


def _make_cmp(op):
    def cmp(space, args):
        w_a = args.args_w[0]
        w_b = args.args_w[1]
        if not isinstance(w_a, W_Deque) or not isinstance(w_b, W_Deque):
            return space.w_NotImplemented
        if op == ops.EQ or op == ops.NE:
            if w_a.length != w_b.length:
                return space.newbool(op == ops.NE)
        return space.newbool(seq_compare(space, op, w_a.to_list(), w_b.to_list()))
    cmp.__name__ = 'deque_cmp_%d' % op
    return cmp


for _op in range(6):
    deque_typedef.add(ops.CMP_NAMES[_op], _make_cmp(_op))


@deque_typedef.method('__repr__', 0)
def deque_repr(space, w_self):
    return space.newtext(space.recursive_repr(w_self, '[...]', _deque_repr))


def _deque_repr(space, w_self):
    assert isinstance(w_self, W_Deque)
    name = space.type_name(w_self)
    s = seq_repr(space, w_self.to_list(), '[', ']', False)
    if w_self.maxlen < 0:
        return '%s(%s)' % (name, s)
    return '%s(%s, maxlen=%d)' % (name, s, w_self.maxlen)
