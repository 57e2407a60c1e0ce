"""The less frequent instructions, kept out of the hot dispatch loop."""
from rpython.rlib import jit
from interp import bytecode as bc
from interp.error import OperationError, oefmt
from interp.gateway import Arguments
from interp.objects.funcobject import W_Function, W_Cell
from interp.objects.dictobject import W_Dict
from interp.objects.strobject import W_Str
from interp.objects.tupleobject import W_Tuple
from interp.objects.listobject import W_List
from interp.objects.setobject import W_Set
from interp.objects.exceptionobject import W_BaseException
from interp.objects.typeobject import W_Type
from interp.objects.iterobject import W_Iterator


# The JIT must see into every function that gets the frame (a residual call
# would make the virtualizable frame escape and abort the trace): loops here
# are bounded by `arg` (a constant in a trace) or by constant tuples; loops
# over run-time data live in helpers that don't take the frame.
@jit.unroll_safe
def dispatch_rare(frame, op, arg, pc):
    assert arg >= 0
    space = frame.space
    code = frame.code
    if op == bc.NOP:
        pass
    elif op == bc.LOAD_CLOSURE:
        frame.push(frame.cells[arg])
    elif op == bc.LOAD_CLASSDEREF:
        ncell = len(code.co_cellvars)
        name = code.co_freevars[arg - ncell] if arg >= ncell else code.co_cellvars[arg]
        w_value = frame.w_locals.getitem_str(name)
        if w_value is None:
            w_value = frame.cells[arg].w_value
            if w_value is None:
                raise frame.unbound_deref(arg)
        frame.push(w_value)
    elif op == bc.DELETE_FAST:
        assert arg >= 0
        if frame.locals_w[arg] is None:
            raise frame.unbound_local(arg)
        frame.locals_w[arg] = None
    elif op == bc.DELETE_DEREF:
        cell = frame.cells[arg]
        if cell.w_value is None:
            raise frame.unbound_deref(arg)
        cell.w_value = None
    elif op == bc.DELETE_GLOBAL:
        name = code.co_names[arg]
        if not frame.w_globals.delitem_str(name):
            raise oefmt(space.w_NameError, "name '%s' isn't defined" % name)
    elif op == bc.DELETE_NAME:
        name = code.co_names[arg]
        if not frame.w_locals.delitem_str(name):
            raise oefmt(space.w_NameError, "name '%s' isn't defined" % name)
    elif op == bc.DELETE_ATTR:
        space.delattr(frame.pop(), code.co_names[arg])
    elif op == bc.DELETE_SUBSCR:
        w_index = frame.pop()
        w_obj = frame.pop()
        space.delitem(w_obj, w_index)
    elif op == bc.BUILD_SLICE:
        w_step = frame.pop() if arg == 3 else space.w_None
        w_stop = frame.pop()
        w_start = frame.pop()
        frame.push(space.newslice(w_start, w_stop, w_step))
    elif op == bc.BUILD_SET:
        frame.push(space.newset(frame.popvalues(arg)))
    elif op == bc.BUILD_MAP:
        items = frame.popvalues(2 * arg)
        w_d = W_Dict()
        for i in range(arg):
            w_d.setitem(space, items[2 * i], items[2 * i + 1])
        frame.push(w_d)
    elif op == bc.BUILD_CONST_KEY_MAP:
        w_keys = frame.pop()
        assert isinstance(w_keys, W_Tuple)
        values = frame.popvalues(arg)
        w_d = W_Dict()
        for i in range(arg):
            w_d.setitem(space, w_keys.items_w[i], values[i])
        frame.push(w_d)
    elif op == bc.LIST_APPEND:
        w_v = frame.pop()
        w_list = frame.peek(arg - 1)
        assert isinstance(w_list, W_List)
        w_list.items_w.append(w_v)
    elif op == bc.SET_ADD:
        w_v = frame.pop()
        w_set = frame.peek(arg - 1)
        assert isinstance(w_set, W_Set)
        w_set.data[w_v] = None
    elif op == bc.MAP_ADD:
        w_v = frame.pop()
        w_k = frame.pop()
        w_d = frame.peek(arg - 1)
        assert isinstance(w_d, W_Dict)
        w_d.setitem(space, w_k, w_v)
    elif op == bc.LIST_EXTEND:
        w_iterable = frame.pop()
        w_list = frame.peek(arg - 1)
        assert isinstance(w_list, W_List)
        w_list.items_w.extend(space.unpack_iterable(w_iterable))
    elif op == bc.SET_UPDATE:
        w_iterable = frame.pop()
        w_set = frame.peek(arg - 1)
        assert isinstance(w_set, W_Set)
        set_update(space, w_set, w_iterable)
    elif op == bc.DICT_UPDATE or op == bc.DICT_MERGE:
        w_other = frame.pop()
        w_d = frame.peek(arg - 1)
        assert isinstance(w_d, W_Dict)
        dict_merge(space, w_d, w_other, op == bc.DICT_MERGE)
    elif op == bc.LIST_TO_TUPLE:
        w_list = frame.pop()
        assert isinstance(w_list, W_List)
        frame.push(space.newtuple(w_list.items_w))
    elif op == bc.BUILD_STRING:
        parts = frame.popvalues(arg)
        pieces = []
        length = 0
        for w_p in parts:
            assert isinstance(w_p, W_Str)
            pieces.append(w_p.utf8)
            length += w_p.length
        frame.push(space.newtext_len(''.join(pieces), length))
    elif op == bc.FORMAT_VALUE:
        w_spec = None
        if arg & bc.FV_HAS_SPEC:
            w_spec = frame.pop()
        w_value = frame.pop()
        conv = arg & bc.FV_CONV_MASK
        if conv == bc.FV_STR:
            w_value = space.str(w_value)
        elif conv == bc.FV_REPR or conv == bc.FV_ASCII:
            w_value = space.repr(w_value)
        if w_spec is None:
            if isinstance(w_value, W_Str) and type(w_value) is W_Str:
                frame.push(w_value)
            else:
                frame.push(space.format(w_value, space.newtext('')))
        else:
            frame.push(space.format(w_value, w_spec))
    elif op == bc.UNPACK_SEQUENCE:
        w_seq = frame.pop()
        if type(w_seq) is W_Tuple or type(w_seq) is W_List:
            items = space.fixedview(w_seq)
        else:
            # an iterator is read only as far as needed to see it is too long
            items = unpack_at_most(space, w_seq, arg + 1)
        if len(items) != arg:
            if len(items) > arg:
                raise oefmt(space.w_ValueError, "too many values to unpack (expected %d)"
                            % arg)
            raise oefmt(space.w_ValueError, "need more than %d values to unpack"
                        % len(items))
        for i in range(arg - 1, -1, -1):
            frame.push(items[i])
    elif op == bc.UNPACK_EX:
        before = arg & 0xFF
        after = arg >> 8
        items = space.unpack_iterable(frame.pop())
        if len(items) < before + after:
            raise oefmt(space.w_ValueError, "need more than %d values to unpack"
                        % len(items))
        n = len(items)
        for i in range(after):
            frame.push(items[n - 1 - i])
        stop = n - after
        assert before >= 0 and stop >= 0
        frame.push(space.newlist(items[before:stop]))
        for i in range(before - 1, -1, -1):
            frame.push(items[i])
    elif op == bc.MAKE_FUNCTION:
        w_code = frame.pop()
        from interp.code import W_Code
        assert isinstance(w_code, W_Code)
        closure = None
        if arg & bc.MF_CLOSURE:
            closure = closure_cells(frame.pop())
        w_kwdefaults = None
        if arg & bc.MF_KWDEFAULTS:
            w_kwd = frame.pop()
            assert isinstance(w_kwd, W_Dict)
            w_kwdefaults = w_kwd
        defaults_w = None
        if arg & bc.MF_DEFAULTS:
            w_defs = frame.pop()
            assert isinstance(w_defs, W_Tuple)
            defaults_w = w_defs.items_w
        frame.push(W_Function(w_code, frame.w_globals, defaults_w, w_kwdefaults, closure,
                              w_code.co_name, w_code.co_qualname))
    elif op == bc.CALL_FUNCTION_KW:
        w_names = frame.pop()
        assert isinstance(w_names, W_Tuple)
        frame.push(call_kw(frame, w_names, arg, False))
    elif op == bc.CALL_METHOD_KW:
        w_names = frame.pop()
        assert isinstance(w_names, W_Tuple)
        frame.push(call_kw(frame, w_names, arg, True))
    elif op == bc.CALL_FUNCTION_EX:
        w_kwargs = None
        if arg & 1:
            w_kwargs = frame.pop()
        w_args = frame.pop()
        w_func = frame.pop()
        assert isinstance(w_args, W_Tuple)
        frame.push(call_ex(space, w_func, w_args, w_kwargs))
    elif op == bc.YIELD_VALUE:
        frame.w_yielded = frame.pop()
        return -pc - 1
    elif op == bc.GET_YIELD_FROM_ITER:
        w_iterable = frame.top()
        from interp.generator import W_Generator
        if not isinstance(w_iterable, W_Generator):
            frame.settop(space.iter(w_iterable))
    elif op == bc.YIELD_FROM:
        return yield_from(frame, pc)
    elif op == bc.GET_AWAITABLE:
        frame.settop(get_awaitable(space, frame.top()))
    elif op == bc.GET_AITER:
        w_obj = frame.top()
        w_aiter = space.lookup(w_obj, '__aiter__')
        if w_aiter is None:
            raise oefmt(space.w_TypeError, "'async for' requires an object with "
                        "__aiter__ method, got %s" % space.type_name(w_obj))
        w_it = space.call_function(w_aiter, [w_obj])
        if space.lookup(w_it, '__anext__') is None:
            raise oefmt(space.w_TypeError, "'async for' received an object from "
                        "__aiter__ that does not implement __anext__: %s"
                        % space.type_name(w_it))
        frame.settop(w_it)
    elif op == bc.GET_ANEXT:
        w_it = frame.top()
        w_anext = space.lookup(w_it, '__anext__')
        if w_anext is None:
            raise oefmt(space.w_TypeError, "'async for' requires an iterator with "
                        "__anext__ method, got %s" % space.type_name(w_it))
        w_res = space.call_function(w_anext, [w_it])
        frame.push(get_awaitable(space, w_res))
    elif op == bc.END_ASYNC_FOR:
        w_exc = frame.pop()
        if not space.isinstance_w(w_exc, space.w_StopAsyncIteration):
            raise reraise(space, w_exc)
        frame.pop()     # the async iterator
    elif op == bc.BEFORE_ASYNC_WITH:
        w_mgr = frame.pop()
        w_enter = space.lookup(w_mgr, '__aenter__')
        w_exit = space.lookup(w_mgr, '__aexit__')
        if w_enter is None or w_exit is None:
            raise oefmt(space.w_TypeError, "'%s' object does not support the "
                        "asynchronous context manager protocol" % space.type_name(w_mgr))
        frame.push(space.get(w_exit, w_mgr, space.type(w_mgr)))
        frame.push(space.call_function(w_enter, [w_mgr]))
    elif op == bc.ASYNC_GEN_WRAP:
        from interp.generator import W_AsyncGenWrapped
        frame.settop(W_AsyncGenWrapped(frame.top()))
    elif op == bc.LOAD_BUILD_CLASS:
        frame.push(space.builtins.w_dict.getitem_str('__build_class__'))
    elif op == bc.RAISE_VARARGS:
        raise do_raise(frame, arg)
    elif op == bc.PUSH_EXC_INFO:
        w_exc = frame.pop()
        ec = space.getec()
        w_prev = ec.w_handled
        frame.push(w_prev if w_prev is not None else space.w_None)
        frame.push(w_exc)
        ec.w_handled = w_exc
    elif op == bc.POP_EXCEPT:
        w_prev = frame.pop()
        space.getec().w_handled = None if space.is_none(w_prev) else w_prev
    elif op == bc.RERAISE:
        w_exc = frame.pop()
        raise reraise(space, w_exc)
    elif op == bc.POP_EXCEPT_AND_RERAISE:
        w_exc = frame.pop()
        w_prev = frame.pop()
        # w_exc escapes a handler of w_handled: raised while handling it, so
        # that is its context (also for exceptions raised by builtins)
        w_handled = space.getec().w_handled
        if (isinstance(w_exc, W_BaseException) and w_exc.w_context is None and
                w_handled is not None and w_handled is not w_exc):
            w_exc.w_context = w_handled
        space.getec().w_handled = None if space.is_none(w_prev) else w_prev
        raise reraise(space, w_exc)
    elif op == bc.JUMP_IF_NOT_EXC_MATCH:
        w_type = frame.pop()
        w_exc = frame.top()
        check_except_type(space, w_type)
        if not space.exception_match(space.type(w_exc), w_type):
            return arg
    elif op == bc.BEFORE_WITH:
        w_mgr = frame.pop()
        w_enter = space.lookup(w_mgr, '__enter__')
        w_exit = space.lookup(w_mgr, '__exit__')
        if w_enter is None or w_exit is None:
            raise oefmt(space.w_AttributeError, "'%s' object has no attribute '__enter__'"
                        % space.type_name(w_mgr))
        frame.push(space.get(w_exit, w_mgr, space.type(w_mgr)))
        frame.push(space.call_function(w_enter, [w_mgr]))
    elif op == bc.WITH_EXIT:
        w_exit = frame.pop()
        space.call_function(w_exit, [space.w_None, space.w_None, space.w_None])
    elif op == bc.WITH_EXCEPT_START:
        w_exc = frame.top()
        w_exit = frame.peek(2)
        w_res = space.call_function(w_exit, [space.type(w_exc), w_exc, space.w_None])
        frame.push(w_res)
    elif op == bc.IMPORT_NAME:
        w_fromlist = frame.pop()
        w_level = frame.pop()
        from interp.importing import import_name
        frame.push(import_name(space, code.co_names[arg], w_fromlist,
                               space.int_w(w_level), frame.w_globals))
    elif op == bc.IMPORT_FROM:
        from interp.importing import import_from
        frame.push(import_from(space, frame.top(), code.co_names[arg]))
    elif op == bc.IMPORT_STAR:
        from interp.importing import import_star
        w_mod = frame.pop()
        target = frame.w_locals if frame.w_locals is not None else frame.w_globals
        import_star(space, w_mod, target)
    elif op == bc.LOAD_ASSERTION_ERROR:
        frame.push(space.w_AssertionError)
    elif op == bc.PRINT_EXPR:
        w_value = frame.pop()
        if not space.is_none(w_value):
            space.builtins.w_dict.setitem_str('_', w_value)
            from interp.modules import builtins_mod
            builtins_mod.print_line(space, space.repr_w(w_value))
    else:
        raise oefmt(space.w_SystemError, "unknown opcode %d" % op)
    return pc


def set_update(space, w_set, w_iterable):
    for w_item in space.unpack_iterable(w_iterable):
        w_set.data[w_item] = None


def closure_cells(w_cl):
    assert isinstance(w_cl, W_Tuple)
    closure = []
    for w_c in w_cl.items_w:
        assert isinstance(w_c, W_Cell)
        closure.append(w_c)
    return closure


def call_ex(space, w_func, w_args, w_kwargs):
    """f(*args, **kwargs)."""
    assert isinstance(w_args, W_Tuple)
    kw_names = None
    kw_values = None
    if w_kwargs is not None:
        assert isinstance(w_kwargs, W_Dict)
        kw_names = []
        kw_values = []
        for w_k, w_v in w_kwargs.items_w(space):
            if not isinstance(w_k, W_Str):
                raise oefmt(space.w_TypeError, "keywords must be strings")
            kw_names.append(w_k.utf8)
            kw_values.append(w_v)
    return space.call_args(w_func, Arguments(list(w_args.items_w), kw_names, kw_values))


@jit.unroll_safe
def call_kw(frame, w_names, nargs, is_method):
    space = frame.space
    names = []
    for w_n in w_names.items_w:
        assert isinstance(w_n, W_Str)
        names.append(w_n.utf8)
    nkw = len(names)
    values = frame.popvalues(nargs)
    npos = nargs - nkw
    assert npos >= 0
    pos = values[:npos]
    kw_values = values[npos:]
    if is_method:
        w_self = frame.pop()
        w_func = frame.pop()
        if w_self is not None:
            pos = [w_self] + pos
    else:
        w_func = frame.pop()
    return space.call_args(w_func, Arguments(pos, names, kw_values))


def dict_merge(space, w_d, w_other, check_dups):
    if isinstance(w_other, W_Dict):
        items = w_other.items_w(space)
    else:
        w_keys = space.call_method(w_other, 'keys', [])
        items = []
        for w_k in space.unpack_iterable(w_keys):
            items.append((w_k, space.getitem(w_other, w_k)))
    for w_k, w_v in items:
        if check_dups:
            if not isinstance(w_k, W_Str):
                raise oefmt(space.w_TypeError, "keywords must be strings")
            if w_d.getitem(space, w_k) is not None:
                raise oefmt(space.w_TypeError,
                            "function got multiple values for argument '%s'" % w_k.utf8)
        w_d.setitem(space, w_k, w_v)


def check_except_type(space, w_type):
    if isinstance(w_type, W_Tuple):
        for w_t in w_type.items_w:
            check_except_type(space, w_t)
        return
    if not isinstance(w_type, W_Type) or not w_type.issubtype(space.w_BaseException):
        raise oefmt(space.w_TypeError,
                    "catching classes that do not inherit from BaseException is not allowed")


def unpack_at_most(space, w_obj, limit):
    w_iter = space.iter(w_obj)
    items = []
    while len(items) < limit:
        w_item = space.next(w_iter)
        if w_item is None:
            break
        items.append(w_item)
    return items


def reraise(space, w_exc):
    operr = space.exception_from_raise(w_exc)
    return operr


def do_raise(frame, nargs):
    space = frame.space
    ec = space.getec()
    if nargs == 0:
        w_exc = ec.w_handled
        if w_exc is None:
            return oefmt(space.w_RuntimeError, "No active exception to reraise")
        return reraise(space, w_exc)
    w_cause = None
    if nargs == 2:
        w_cause = frame.pop()
    w_obj = frame.pop()
    operr = space.exception_from_raise(w_obj)
    w_value = operr.w_value
    if isinstance(w_value, W_BaseException):
        # `raise e` keeps e's traceback and adds this frame's line to it (as
        # MicroPython and CPython do), even when this frame added its head
        frame.last_tb = None
        if ec.w_handled is not None and ec.w_handled is not w_value:
            w_value.w_context = ec.w_handled
        if w_cause is not None:
            if space.is_none(w_cause):
                w_value.w_cause = None
            else:
                w_value.w_cause = space.exception_from_raise(w_cause).w_value
    return operr


def get_awaitable(space, w_obj):
    """The iterator `await w_obj` delegates to: a coroutine (or generator)
    itself, else what its __await__ returns."""
    from interp.generator import W_Generator
    if isinstance(w_obj, W_Generator):
        return w_obj
    w_await = space.lookup(w_obj, '__await__')
    if w_await is None:
        raise oefmt(space.w_TypeError, "object %s can't be used in 'await' expression"
                    % space.type_name(w_obj))
    w_res = space.call_function(w_await, [w_obj])
    if isinstance(w_res, W_Generator):
        if w_res.is_coroutine():
            raise oefmt(space.w_TypeError, "__await__() returned a coroutine")
        return w_res
    if space.lookup(w_res, '__next__') is None:
        raise oefmt(space.w_TypeError, "__await__() returned non-iterator of type '%s'"
                    % space.type_name(w_res))
    return w_res


def yield_from(frame, pc):
    space = frame.space
    w_value = frame.pop()
    w_iter = frame.top()
    from interp.generator import W_Generator
    if isinstance(w_iter, W_Generator):
        w_res = w_iter.resume(space, w_value, None)
        if w_res is None:
            frame.pop()
            frame.push(w_iter.w_return)
            return pc
    elif isinstance(w_iter, W_Iterator) and space.is_none(w_value):
        # a built-in iterator: exhausted means a value of None
        w_res = w_iter.next_w(space)
        if w_res is None:
            frame.pop()
            frame.push(space.w_None)
            return pc
    else:
        try:
            if space.is_none(w_value):
                w_next = space.lookup(w_iter, '__next__')
                if w_next is None:
                    raise oefmt(space.w_TypeError, "'%s' object isn't an iterator"
                                % space.type_name(w_iter))
                w_res = space.call_function(w_next, [w_iter])
            else:
                w_res = space.call_method(w_iter, 'send', [w_value])
        except OperationError as e:
            if not e.match(space, space.w_StopIteration):
                raise
            frame.pop()
            from interp.generator import stop_iteration_value
            frame.push(stop_iteration_value(space, e))
            return pc
    frame.w_yielded = w_res
    # resume at this same instruction with the value sent in
    return -frame.last_pc - 1
