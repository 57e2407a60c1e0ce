"""Generator objects: a suspended frame resumed by next/send/throw/close."""
from rpython.rlib import jit
from interp.objects.root import W_Root, TypeDef
from interp.error import OperationError, oefmt
from interp.frame import Yielded
from interp import bytecode as bc


class W_Generator(W_Root):
    _attrs_ = ['frame', 'name', 'started', 'w_return', 'running']

    def __init__(self, frame, name):
        self.frame = frame
        self.name = name
        self.started = False
        self.running = False
        self.w_return = None

    def getclass(self, space):
        return space.w_generator

    def resume(self, space, w_value, operr):
        """Run until the next yield: returns the yielded value, or None when the
        generator returned (its value is then in w_return)."""
        frame = self.frame
        if frame.finished:
            if operr is not None:
                raise operr
            self.w_return = space.w_None
            return None
        if self.running:
            raise oefmt(space.w_ValueError, "generator already executing")
        if not self.started:
            if operr is None and not space.is_none(w_value):
                raise oefmt(space.w_TypeError,
                            "can't send non-None value to a just-started generator")
            self.started = True
        elif operr is None:
            frame.push(w_value)
        self.running = True
        ec = space.ec
        ec.depth += 1
        prev = ec.topframeref
        ec.topframeref = jit.non_virtual_ref(frame)
        try:
            try:
                w_result = frame.run(operr)
            except Yielded:
                return frame.w_yielded
            except OperationError as e:
                frame.finished = True
                if e.match(space, space.w_StopIteration):
                    raise oefmt(space.w_RuntimeError, "generator raised StopIteration")
                raise
        finally:
            self.running = False
            ec.depth -= 1
            ec.topframeref = prev
        frame.finished = True
        self.w_return = w_result
        return None

    def send(self, space, w_value):
        w_res = self.resume(space, w_value, None)
        if w_res is None:
            raise stop_iteration(space, self.w_return)
        return w_res


def stop_iteration(space, w_value):
    if w_value is None or space.is_none(w_value):
        return OperationError(space.w_StopIteration, None, None)
    return OperationError(space.w_StopIteration,
                          space.call_function(space.w_StopIteration, [w_value]))


def make_generator(space, frame, w_func):
    return W_Generator(frame, w_func.name)


generator_typedef = TypeDef('generator', W_Generator, acceptable_as_base=False)


@generator_typedef.method('__iter__', 0)
def gen_iter(space, w_self):
    return w_self


@generator_typedef.method('__next__', 0)
def gen_next(space, w_self):
    return w_self.send(space, space.w_None)


@generator_typedef.method('send', 1)
def gen_send(space, w_self, w_value):
    return w_self.send(space, w_value)


def make_throw_error(space, w_type, w_value):
    from interp.objects.typeobject import W_Type
    if isinstance(w_type, W_Type):
        if w_value is None or space.is_none(w_value):
            w_exc = space.call_function(w_type, [])
        elif space.isinstance_w(w_value, w_type):
            w_exc = w_value
        else:
            w_exc = space.call_function(w_type, [w_value])
        return space.exception_from_raise(w_exc)
    return space.exception_from_raise(w_type)


@generator_typedef.method('throw', 1, 3)
def gen_throw(space, w_self, w_type, w_value, w_tb):
    operr = make_throw_error(space, w_type, w_value)
    w_res = w_self.resume(space, space.w_None, operr)
    if w_res is None:
        raise stop_iteration(space, w_self.w_return)
    return w_res


@generator_typedef.method('close', 0)
def gen_close(space, w_self):
    if w_self.frame.finished or not w_self.started:
        w_self.frame.finished = True
        return space.w_None
    operr = OperationError(space.w_GeneratorExit, None, None)
    try:
        w_res = w_self.resume(space, space.w_None, operr)
    except OperationError as e:
        if e.match(space, space.w_GeneratorExit) or e.match(space, space.w_StopIteration):
            return space.w_None
        raise
    if w_res is not None:
        raise oefmt(space.w_RuntimeError, "generator ignored GeneratorExit")
    return space.w_None


@generator_typedef.method('__repr__', 0)
def gen_repr(space, w_self):
    return space.newtext('<generator object %s at %s>' % (w_self.name, space.hex_id(w_self)))
