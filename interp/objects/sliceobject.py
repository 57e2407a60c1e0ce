"""slice objects and the index arithmetic shared by every sequence."""
from interp.objects.root import W_Root, TypeDef
from interp.error import oefmt


class W_Slice(W_Root):
    _immutable_fields_ = ['w_start', 'w_stop', 'w_step']

    def __init__(self, w_start, w_stop, w_step):
        self.w_start = w_start
        self.w_stop = w_stop
        self.w_step = w_step

    def getclass(self, space):
        return space.w_slice

    def indices(self, space, length):
        """(start, stop, step, slicelength) for a sequence of `length` items."""
        if space.is_none(self.w_step):
            step = 1
        else:
            step = space.getindex_nocheck(self.w_step)
            if step == 0:
                raise oefmt(space.w_ValueError, "slice step cannot be zero")
        if step < 0:
            lower = -1
            upper = length - 1
        else:
            lower = 0
            upper = length
        if space.is_none(self.w_start):
            start = upper if step < 0 else lower
        else:
            start = space.getindex_nocheck(self.w_start)
            if start < 0:
                start += length
                if start < lower:
                    start = lower
            elif start > upper:
                start = upper
        if space.is_none(self.w_stop):
            stop = lower if step < 0 else upper
        else:
            stop = space.getindex_nocheck(self.w_stop)
            if stop < 0:
                stop += length
                if stop < lower:
                    stop = lower
            elif stop > upper:
                stop = upper
        if step < 0:
            if stop < start:
                slicelength = (start - stop - 1) // (-step) + 1
            else:
                slicelength = 0
        else:
            if start < stop:
                slicelength = (stop - start - 1) // step + 1
            else:
                slicelength = 0
        return start, stop, step, slicelength


slice_typedef = TypeDef('slice', W_Slice, acceptable_as_base=False)


def slice_new(space, args):
    n = len(args.args_w) - 1
    if n == 1:
        return W_Slice(space.w_None, args.args_w[1], space.w_None)
    if n == 2:
        return W_Slice(args.args_w[1], args.args_w[2], space.w_None)
    if n == 3:
        return W_Slice(args.args_w[1], args.args_w[2], args.args_w[3])
    raise oefmt(space.w_TypeError, "slice expected at most 3 arguments")


slice_typedef.add('__new__', slice_new)


@slice_typedef.method('__repr__', 0)
def slice_repr(space, w_self):
    return space.newtext('slice(%s, %s, %s)' % (space.repr_w(w_self.w_start),
                                                space.repr_w(w_self.w_stop),
                                                space.repr_w(w_self.w_step)))


def _slice_start(space, args):
    w_self = args.args_w[0]
    assert isinstance(w_self, W_Slice)
    return w_self.w_start


def _slice_stop(space, args):
    w_self = args.args_w[0]
    assert isinstance(w_self, W_Slice)
    return w_self.w_stop


def _slice_step(space, args):
    w_self = args.args_w[0]
    assert isinstance(w_self, W_Slice)
    return w_self.w_step


slice_typedef.add_getset('start', _slice_start)
slice_typedef.add_getset('stop', _slice_stop)
slice_typedef.add_getset('step', _slice_step)


@slice_typedef.method('indices', 1)
def slice_indices(space, w_self, w_length):
    length = space.int_w(w_length)
    if length < 0:
        raise oefmt(space.w_ValueError, "length should not be negative")
    start, stop, step, _ = w_self.indices(space, length)
    return space.newtuple([space.newint(start), space.newint(stop), space.newint(step)])
