"""Generator objects: a suspended frame resumed by next/send/throw/close.
Coroutines (`async def`) are generator objects too, as in MicroPython."""
from rpython.rlib import jit
from interp.objects.root import W_Root, TypeDef
from interp.error import OperationError, oefmt
from interp import bytecode as bc
from interp.objects.exceptionobject import W_BaseException

# size of a YIELD_FROM instruction (it never has an EXTENDED_ARG prefix)
YIELD_FROM_SIZE = 3


class W_Generator(W_Root):
    _attrs_ = ['frame', 'name', 'started', 'w_return', 'running', 'w_exc_state']

    def __init__(self, frame, name):
        self.frame = frame
        self.name = name
        self.started = False
        self.running = False
        self.w_return = None
        self.w_exc_state = None     # the exception it was handling when it yielded

    def getclass(self, space):
        return space.w_generator

    def is_coroutine(self):
        return (self.frame.code.co_flags & bc.CO_COROUTINE) != 0

    def yieldfrom_iter(self):
        """The sub-iterator when suspended in `yield from` or `await`, else None."""
        frame = self.frame
        if not self.started or frame.finished or self.running:
            return None
        pc = frame.pc
        co_code = frame.code.co_code
        if pc < 0 or pc >= len(co_code) or ord(co_code[pc]) != bc.YIELD_FROM:
            return None
        return frame.top()

    def resume(self, space, w_value, operr, w_ttype=None, w_tvalue=None):
        """Run until the next yield: returns the yielded value, or None when the
        generator returned (its value is then in w_return).  With `operr`, that
        exception is thrown in at the point of suspension (into the innermost
        sub-iterator of a `yield from`, as PEP 380 says); w_ttype/w_tvalue are
        the arguments of the throw() call, if any, passed on as they are to a
        sub-iterator's own throw() method."""
        frame = self.frame
        if frame.finished:
            if frame.code.co_flags & bc.CO_COROUTINE:
                raise oefmt(space.w_RuntimeError, "cannot reuse already awaited coroutine")
            if operr is not None:
                raise operr
            self.w_return = space.w_None
            return None
        if self.running:
            if frame.code.co_flags & bc.CO_COROUTINE:
                raise oefmt(space.w_ValueError, "coroutine already executing")
            raise oefmt(space.w_ValueError, "generator already executing")
        w_sub = None
        if not self.started:
            if operr is not None:
                # no code ran yet, so no handler is active: the exception
                # comes straight out and the generator is finished
                frame.finished = True
                if operr.match(space, space.w_StopIteration):
                    raise self.stopiteration_error(space, operr)
                raise operr
            if not space.is_none(w_value):
                if frame.code.co_flags & bc.CO_COROUTINE:
                    raise oefmt(space.w_TypeError,
                                "can't send non-None value to a just-started coroutine")
                raise oefmt(space.w_TypeError,
                            "can't send non-None value to a just-started generator")
            self.started = True
        elif operr is None:
            frame.push(w_value)
        else:
            w_sub = self.yieldfrom_iter()
        self.running = True
        ec = space.getec()
        w_caller_exc = ec.w_handled
        if self.w_exc_state is not None:
            ec.w_handled = self.w_exc_state
        ec.depth += 1
        prev = ec.topframeref
        ec.topframeref = jit.non_virtual_ref(frame)
        try:
            try:
                if w_sub is not None:
                    assert operr is not None
                    try:
                        w_yielded, w_subret = throw_into_subiter(space, w_sub, operr,
                                                                 w_ttype, w_tvalue)
                    except OperationError as e:
                        # raised at the `yield from` of this frame
                        operr = e
                    else:
                        if w_yielded is not None:
                            return w_yielded
                        # the sub-iterator finished: its value is the value
                        # of the `yield from`, execution goes on after it
                        frame.pop()
                        frame.push(w_subret)
                        frame.pc += YIELD_FROM_SIZE
                        operr = None
                w_result = frame.run(operr)
                if w_result is None:
                    # suspended at a yield
                    w_now = ec.w_handled
                    if w_now is w_caller_exc:
                        self.w_exc_state = None
                    else:
                        self.w_exc_state = w_now
                    return frame.w_yielded
            except OperationError as e:
                frame.finished = True
                self.w_exc_state = None
                if e.match(space, space.w_StopIteration) or (
                        frame.code.co_flags & bc.CO_ASYNC_GENERATOR and
                        e.match(space, space.w_StopAsyncIteration)):
                    raise self.stopiteration_error(space, e)
                raise
        finally:
            self.running = False
            ec.depth -= 1
            ec.topframeref = prev
            ec.w_handled = w_caller_exc
        frame.finished = True
        self.w_exc_state = None
        self.w_return = w_result
        return None

    def stopiteration_error(self, space, operr):
        """A StopIteration leaving a generator becomes a RuntimeError (PEP 479)."""
        flags = self.frame.code.co_flags
        if flags & bc.CO_ASYNC_GENERATOR:
            if operr.match(space, space.w_StopAsyncIteration):
                msg = "async generator raised StopAsyncIteration"
            else:
                msg = "async generator raised StopIteration"
        elif flags & bc.CO_COROUTINE:
            msg = "coroutine raised StopIteration"
        else:
            msg = "generator raised StopIteration"
        err = oefmt(space.w_RuntimeError, msg)
        w_err = err.get_w_value(space)
        w_cause = operr.get_w_value(space)
        if isinstance(w_err, W_BaseException) and isinstance(w_cause, W_BaseException):
            w_err.w_cause = w_cause
            w_err.w_context = w_cause
        return err

    def send(self, space, w_value):
        w_res = self.resume(space, w_value, None)
        if w_res is None:
            raise stop_iteration(space, self.w_return)
        return w_res

    def throw(self, space, operr, w_ttype=None, w_tvalue=None):
        w_res = self.resume(space, space.w_None, operr, w_ttype, w_tvalue)
        if w_res is None:
            raise stop_iteration(space, self.w_return)
        return w_res

    def close(self, space):
        """generator.close(): GeneratorExit thrown in at the suspension point."""
        frame = self.frame
        if frame.finished or not self.started:
            frame.finished = True
            return
        operr = OperationError(space.w_GeneratorExit, None, None)
        try:
            w_res = self.resume(space, space.w_None, operr)
        except OperationError as e:
            if e.match(space, space.w_GeneratorExit) or e.match(space, space.w_StopIteration):
                return
            raise
        if w_res is not None:
            if frame.code.co_flags & bc.CO_COROUTINE:
                raise oefmt(space.w_RuntimeError, "coroutine ignored GeneratorExit")
            raise oefmt(space.w_RuntimeError, "generator ignored GeneratorExit")


def throw_into_subiter(space, w_sub, operr, w_ttype, w_tvalue):
    """Throw operr into the sub-iterator of a `yield from`.  Returns
    (yielded value, None) when it yielded, (None, return value) when it
    finished; an exception it raises propagates."""
    if operr.match(space, space.w_GeneratorExit):
        # close the sub-iterator, then GeneratorExit goes on in the
        # delegating generator (an error from close() replaces it)
        close_subiter(space, w_sub)
        raise operr
    if isinstance(w_sub, W_Generator):
        w_res = w_sub.resume(space, space.w_None, operr, w_ttype, w_tvalue)
        if w_res is not None:
            return w_res, None
        return None, w_sub.w_return
    w_throw = space.getattr_or_none(w_sub, 'throw')
    if w_throw is None:
        raise operr
    if w_ttype is None:
        args_w = [operr.get_w_value(space)]
    elif w_tvalue is None:
        args_w = [w_ttype]
    else:
        args_w = [w_ttype, w_tvalue]
    try:
        w_res = space.call_function(w_throw, args_w)
    except OperationError as e:
        if e.match(space, space.w_StopIteration):
            return None, stop_iteration_value(space, e)
        raise
    return w_res, None


def close_subiter(space, w_sub):
    if isinstance(w_sub, W_Generator):
        w_sub.close(space)
        return
    w_close = space.getattr_or_none(w_sub, 'close')
    if w_close is not None:
        space.call_function(w_close, [])


def stop_iteration_value(space, operr):
    """The `value` of a caught StopIteration."""
    w_exc = operr.get_w_value(space)
    w_v = space.getattr_or_none(w_exc, 'value')
    if w_v is None:
        return space.w_None
    return w_v


def stop_iteration(space, w_value):
    if w_value is None or space.is_none(w_value):
        return OperationError(space.w_StopIteration, None, None)
    return OperationError(space.w_StopIteration,
                          space.call_function(space.w_StopIteration, [w_value]))


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
    from interp.objects.tupleobject import W_Tuple
    if isinstance(w_type, W_Type):
        if not w_type.issubtype(space.w_BaseException):
            raise oefmt(space.w_TypeError, "exceptions must be classes or instances "
                        "deriving from BaseException, not type")
        if w_value is None or space.is_none(w_value):
            w_exc = space.call_function(w_type, [])
        elif space.isinstance_w(w_value, w_type):
            w_exc = w_value
        elif isinstance(w_value, W_Tuple):
            w_exc = space.call_function(w_type, w_value.items_w)
        else:
            w_exc = space.call_function(w_type, [w_value])
        return space.exception_from_raise(w_exc)
    if not space.isinstance_w(w_type, space.w_BaseException):
        raise oefmt(space.w_TypeError, "exceptions must be classes or instances "
                    "deriving from BaseException, not %s" % space.type_name(w_type))
    if w_value is not None and not space.is_none(w_value):
        raise oefmt(space.w_TypeError, "instance exception may not have a separate value")
    return space.exception_from_raise(w_type)


@generator_typedef.method('throw', 1, 3)
def gen_throw(space, w_self, w_type, w_value, w_tb):
    return w_self.throw(space, make_throw_error(space, w_type, w_value), w_type, w_value)


@generator_typedef.method('close', 0)
def gen_close(space, w_self):
    w_self.close(space)
    return space.w_None


@generator_typedef.method('__repr__', 0)
def gen_repr(space, w_self):
    return space.newtext('<generator object %s at %s>' % (w_self.name, space.hex_id(w_self)))


# ____________________________________________________________
# asynchronous generators (`async def` with `yield`), as in CPython: the frame
# runs in a W_Generator; values of `yield` come out wrapped (ASYNC_GEN_WRAP),
# anything else came from an `await` and goes on out to the event loop.

class W_AsyncGenWrapped(W_Root):
    """A value yielded by an async generator's `yield` (not by an await)."""
    _attrs_ = ['w_value']

    def __init__(self, w_value):
        self.w_value = w_value

    def getclass(self, space):
        return space.w_object


class W_AsyncGenerator(W_Root):
    _attrs_ = ['gen', 'running_async', 'closed']

    def __init__(self, gen):
        self.gen = gen
        self.running_async = False
        self.closed = False

    def getclass(self, space):
        return space.w_async_generator

    def unwrap(self, space, w_res):
        """What an asend()/athrow() awaitable makes of a value the frame
        yielded (None: the frame returned)."""
        if w_res is None:
            self.running_async = False
            self.closed = True
            raise OperationError(space.w_StopAsyncIteration, None, None)
        if isinstance(w_res, W_AsyncGenWrapped):
            self.running_async = False
            raise stop_iteration(space, w_res.w_value)
        return w_res

    def error_seen(self, space, e):
        self.running_async = False
        if (e.match(space, space.w_StopAsyncIteration) or
                e.match(space, space.w_GeneratorExit)):
            self.closed = True


AW_INIT, AW_ITER, AW_CLOSED = 0, 1, 2


class W_AsyncGenASend(W_Root):
    """The awaitable of agen.__anext__() / agen.asend(value)."""
    _attrs_ = ['agen', 'w_sendval', 'state']

    def __init__(self, agen, w_sendval):
        self.agen = agen
        self.w_sendval = w_sendval
        self.state = AW_INIT

    def getclass(self, space):
        return space.w_async_generator_asend

    def send(self, space, w_value):
        if self.state == AW_CLOSED:
            raise oefmt(space.w_RuntimeError,
                        "cannot reuse already awaited __anext__()/asend()")
        agen = self.agen
        if self.state == AW_INIT:
            if agen.running_async:
                raise oefmt(space.w_RuntimeError,
                            "anext(): asynchronous generator is already running")
            if w_value is None or space.is_none(w_value):
                w_value = self.w_sendval
            self.state = AW_ITER
        agen.running_async = True
        try:
            w_res = agen.gen.resume(space, w_value, None)
            return agen.unwrap(space, w_res)
        except OperationError as e:
            agen.error_seen(space, e)
            self.state = AW_CLOSED
            raise

    def throw(self, space, operr):
        if self.state == AW_CLOSED:
            raise oefmt(space.w_RuntimeError,
                        "cannot reuse already awaited __anext__()/asend()")
        agen = self.agen
        try:
            w_res = agen.gen.resume(space, space.w_None, operr)
            return agen.unwrap(space, w_res)
        except OperationError as e:
            agen.error_seen(space, e)
            self.state = AW_CLOSED
            raise


class W_AsyncGenAThrow(W_Root):
    """The awaitable of agen.athrow(...) (operr set) or agen.aclose()."""
    _attrs_ = ['agen', 'operr', 'state']

    def __init__(self, agen, operr):
        self.agen = agen
        self.operr = operr
        self.state = AW_INIT

    def getclass(self, space):
        return space.w_async_generator_athrow

    def send(self, space, w_value):
        if self.state == AW_CLOSED:
            raise oefmt(space.w_RuntimeError,
                        "cannot reuse already awaited aclose()/athrow()")
        agen = self.agen
        if agen.gen.frame.finished:
            self.state = AW_CLOSED
            raise OperationError(space.w_StopIteration, None, None)
        if self.state == AW_INIT:
            if agen.running_async:
                self.state = AW_CLOSED
                if self.operr is None:
                    msg = "aclose(): asynchronous generator is already running"
                else:
                    msg = "athrow(): asynchronous generator is already running"
                raise oefmt(space.w_RuntimeError, msg)
            if agen.closed:
                self.state = AW_CLOSED
                raise OperationError(space.w_StopAsyncIteration, None, None)
            if not space.is_none(w_value):
                raise oefmt(space.w_RuntimeError,
                            "can't send non-None value to a just-started coroutine")
            self.state = AW_ITER
            agen.running_async = True
            operr = self.operr
            if operr is None:
                agen.closed = True
                operr = OperationError(space.w_GeneratorExit, None, None)
            return self.finish(space, None, operr)
        return self.finish(space, w_value, None)

    def throw(self, space, operr):
        if self.state == AW_CLOSED:
            raise oefmt(space.w_RuntimeError,
                        "cannot reuse already awaited aclose()/athrow()")
        return self.finish(space, space.w_None, operr)

    def finish(self, space, w_value, operr):
        agen = self.agen
        try:
            w_res = agen.gen.resume(space, w_value, operr)
            if self.operr is not None:
                return agen.unwrap(space, w_res)
            # aclose()
            if w_res is None:
                raise OperationError(space.w_StopAsyncIteration, None, None)
            if isinstance(w_res, W_AsyncGenWrapped):
                agen.running_async = False
                self.state = AW_CLOSED
                raise oefmt(space.w_RuntimeError, "async generator ignored GeneratorExit")
            return w_res
        except OperationError as e:
            if self.state == AW_CLOSED:
                raise
            agen.error_seen(space, e)
            self.state = AW_CLOSED
            if self.operr is None and (e.match(space, space.w_StopAsyncIteration) or
                                       e.match(space, space.w_GeneratorExit)):
                # aclose() is done
                raise OperationError(space.w_StopIteration, None, None)
            raise


def make_generator(space, frame, w_func):
    gen = W_Generator(frame, w_func.name)
    if frame.code.co_flags & bc.CO_ASYNC_GENERATOR:
        return W_AsyncGenerator(gen)
    return gen


async_generator_typedef = TypeDef('async_generator', W_AsyncGenerator,
                                  acceptable_as_base=False)


@async_generator_typedef.method('__aiter__', 0)
def agen_aiter(space, w_self):
    return w_self


@async_generator_typedef.method('__anext__', 0)
def agen_anext(space, w_self):
    return W_AsyncGenASend(w_self, space.w_None)


@async_generator_typedef.method('asend', 1)
def agen_asend(space, w_self, w_value):
    return W_AsyncGenASend(w_self, w_value)


@async_generator_typedef.method('athrow', 1, 3)
def agen_athrow(space, w_self, w_type, w_value, w_tb):
    return W_AsyncGenAThrow(w_self, make_throw_error(space, w_type, w_value))


@async_generator_typedef.method('aclose', 0)
def agen_aclose(space, w_self):
    return W_AsyncGenAThrow(w_self, None)


@async_generator_typedef.method('__repr__', 0)
def agen_repr(space, w_self):
    return space.newtext('<async_generator object %s at %s>'
                         % (w_self.gen.name, space.hex_id(w_self)))


asend_typedef = TypeDef('async_generator_asend', W_AsyncGenASend,
                        acceptable_as_base=False)
athrow_typedef = TypeDef('async_generator_athrow', W_AsyncGenAThrow,
                         acceptable_as_base=False)


def _awaitable_methods(typedef, cls):
    @typedef.method('__await__', 0)
    def aw_await(space, w_self):
        return w_self

    @typedef.method('__iter__', 0)
    def aw_iter(space, w_self):
        return w_self

    @typedef.method('__next__', 0)
    def aw_next(space, w_self):
        return w_self.send(space, space.w_None)

    @typedef.method('send', 1)
    def aw_send(space, w_self, w_value):
        return w_self.send(space, w_value)

    @typedef.method('throw', 1, 3)
    def aw_throw(space, w_self, w_type, w_value, w_tb):
        return w_self.throw(space, make_throw_error(space, w_type, w_value))

    @typedef.method('close', 0)
    def aw_close(space, w_self):
        w_self.state = AW_CLOSED
        return space.w_None


_awaitable_methods(asend_typedef, W_AsyncGenASend)
_awaitable_methods(athrow_typedef, W_AsyncGenAThrow)
