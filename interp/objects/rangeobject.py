"""range."""
from interp.objects.root import W_Root, TypeDef
from interp.error import oefmt


class W_Range(W_Root):
    _immutable_fields_ = ['start', 'stop', 'step', 'length']

    def __init__(self, start, stop, step):
        self.start = start
        self.stop = stop
        self.step = step
        if step > 0:
            n = (stop - start + step - 1) // step if stop > start else 0
        else:
            n = (start - stop - step - 1) // (-step) if start > stop else 0
        self.length = n

    def getclass(self, space):
        return space.w_range

    def item(self, i):
        return self.start + i * self.step


range_typedef = TypeDef('range', W_Range, acceptable_as_base=False)


def range_new(space, args):
    if args.has_kw():
        raise oefmt(space.w_TypeError, "range() takes no keyword arguments")
    n = len(args.args_w) - 1
    step = 1
    if n == 1:
        start = 0
        stop = space.int_w(args.args_w[1])
    elif n == 2 or n == 3:
        start = space.int_w(args.args_w[1])
        stop = space.int_w(args.args_w[2])
        if n == 3:
            step = space.int_w(args.args_w[3])
            if step == 0:
                raise oefmt(space.w_ValueError, "range() arg 3 must not be zero")
    else:
        raise oefmt(space.w_TypeError, "range expected at most 3 arguments")
    return W_Range(start, stop, step)


range_typedef.add('__new__', range_new)


@range_typedef.method('__len__', 0)
def range_len(space, w_self):
    return space.newint(w_self.length)


@range_typedef.method('__iter__', 0)
def range_iter(space, w_self):
    from interp.objects.iterobject import W_RangeIterator
    return W_RangeIterator(w_self.start, w_self.length, w_self.step)


@range_typedef.method('__repr__', 0)
def range_repr(space, w_self):
    if w_self.step == 1:
        return space.newtext('range(%d, %d)' % (w_self.start, w_self.stop))
    return space.newtext('range(%d, %d, %d)' % (w_self.start, w_self.stop, w_self.step))


@range_typedef.method('__getitem__', 1)
def range_getitem(space, w_self, w_index):
    from interp.objects.sliceobject import W_Slice
    if isinstance(w_index, W_Slice):
        start, stop, step, length = w_index.indices(space, w_self.length)
        # as CPython and MicroPython: map the clamped slice bounds (the stop
        # too, not start + length * step), so repr(range(0, 20, 4)[::2]) is
        # range(0, 20, 8)
        new_start = w_self.start + start * w_self.step
        new_stop = w_self.start + stop * w_self.step
        return W_Range(new_start, new_stop, w_self.step * step)
    i = space.getindex_w(w_index, w_self.length, "range object index out of range")
    return space.newint(w_self.item(i))


def range_contains_int(w_self, v):
    if w_self.step > 0:
        if not (w_self.start <= v < w_self.stop):
            return False
    else:
        if not (w_self.stop < v <= w_self.start):
            return False
    return (v - w_self.start) % w_self.step == 0


@range_typedef.method('__contains__', 1)
def range_contains(space, w_self, w_x):
    from interp.objects.intobject import W_Int
    if isinstance(w_x, W_Int):
        return space.newbool(range_contains_int(w_self, w_x.intval))
    for i in range(w_self.length):
        if space.eq_w(space.newint(w_self.item(i)), w_x):
            return space.w_True
    return space.w_False


@range_typedef.method('__eq__', 1)
def range_eq(space, w_self, w_other):
    if not isinstance(w_other, W_Range):
        return space.w_NotImplemented
    a = w_self
    b = w_other
    if a.length != b.length:
        return space.w_False
    if a.length == 0:
        return space.w_True
    if a.start != b.start:
        return space.w_False
    return space.newbool(a.length == 1 or a.step == b.step)


@range_typedef.method('index', 1)
def range_index(space, w_self, w_x):
    from interp.objects.intobject import W_Int
    if not isinstance(w_x, W_Int):
        # like CPython: a linear search comparing with ==
        for i in range(w_self.length):
            if space.eq_w(space.newint(w_self.start + i * w_self.step), w_x):
                return space.newint(i)
        raise oefmt(space.w_ValueError, "sequence.index(x): x not in sequence")
    v = w_x.intval
    if not range_contains_int(w_self, v):
        raise oefmt(space.w_ValueError, "%d is not in range" % v)
    return space.newint((v - w_self.start) // w_self.step)


@range_typedef.method('count', 1)
def range_count(space, w_self, w_x):
    from interp.objects.intobject import W_Int
    if isinstance(w_x, W_Int):
        return space.newint(1 if range_contains_int(w_self, w_x.intval) else 0)
    n = 0
    for i in range(w_self.length):
        if space.eq_w(space.newint(w_self.start + i * w_self.step), w_x):
            n += 1
    return space.newint(n)


def _range_attr(name):
    def f(space, args):
        w_self = args.args_w[0]
        assert isinstance(w_self, W_Range)
        if name == 'start':
            return space.newint(w_self.start)
        if name == 'stop':
            return space.newint(w_self.stop)
        return space.newint(w_self.step)
    return f


for _name in ['start', 'stop', 'step']:
    range_typedef.add_getset(_name, _range_attr(_name))
