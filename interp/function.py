"""Calling Python functions: binding arguments to a new frame."""
from rpython.rlib import jit
from interp.error import OperationError, oefmt
from interp.frame import Frame
from interp.objects.funcobject import W_Function
from interp.objects.dictobject import W_Dict
from interp import bytecode as bc


def call_function_args(space, w_func, args):
    # a constant code object lets a trace size the frame's arrays statically
    code = jit.promote(w_func.code)
    frame = Frame(space, code, w_func.w_globals, None, w_func.closure)
    bind_args(space, w_func, code, frame, args)
    frame.init_cells()
    if code.is_generator():
        from interp.generator import make_generator
        return make_generator(space, frame, w_func)
    return execute_frame(space, frame)


def execute_frame(space, frame):
    ec = space.getec()
    if ec.depth >= space.recursion_limit:
        raise oefmt(space.w_RuntimeError, "maximum recursion depth exceeded")
    ec.depth += 1
    prev = ec.topframeref
    ref = jit.virtual_ref(frame)
    ec.topframeref = ref
    try:
        return frame.run()
    finally:
        ec.depth -= 1
        ec.topframeref = prev
        jit.virtual_ref_finish(ref, frame)


@jit.unroll_safe
def bind_args(space, w_func, code, frame, args):
    args_w = args.args_w
    npos = len(args_w)
    argcount = code.co_argcount
    flags = code.co_flags
    # fast path: exact positional call
    if npos == argcount and not args.has_kw() and code.co_kwonlyargcount == 0 and \
            not (flags & (bc.CO_VARARGS | bc.CO_VARKEYWORDS)):
        for i in range(npos):
            frame.locals_w[i] = args_w[i]
        return
    name = code.co_name
    kwonly = code.co_kwonlyargcount
    varargs_idx = -1
    varkw_idx = -1
    nxt = argcount + kwonly
    if flags & bc.CO_VARARGS:
        varargs_idx = nxt
        nxt += 1
    if flags & bc.CO_VARKEYWORDS:
        varkw_idx = nxt
    # positional
    n = min(npos, argcount)
    for i in range(n):
        frame.locals_w[i] = args_w[i]
    if npos > argcount:
        if varargs_idx < 0:
            raise oefmt(space.w_TypeError,
                        "function takes %d positional arguments but %d were given"
                        % (argcount, npos))
        assert varargs_idx >= 0 and argcount >= 0
        frame.locals_w[varargs_idx] = space.newtuple(args_w[argcount:])
    elif varargs_idx >= 0:
        frame.locals_w[varargs_idx] = space.newtuple([])
    w_kwdict = None
    if varkw_idx >= 0:
        w_kwdict = W_Dict()
        frame.locals_w[varkw_idx] = w_kwdict
    # keywords
    if args.kw_names is not None:
        varnames = code.co_varnames
        posonly = code.co_posonlyargcount
        for k in range(len(args.kw_names)):
            kwname = args.kw_names[k]
            found = -1
            for i in range(posonly, argcount + kwonly):
                if varnames[i] == kwname:
                    found = i
                    break
            if found < 0:
                if w_kwdict is None:
                    raise oefmt(space.w_TypeError,
                                "unexpected keyword argument '%s'" % kwname)
                w_kwdict.setitem_str(kwname, args.kw_values_w[k])
                continue
            assert found >= 0
            if frame.locals_w[found] is not None:
                raise oefmt(space.w_TypeError,
                            "function got multiple values for argument '%s'" % kwname)
            frame.locals_w[found] = args.kw_values_w[k]
    # defaults
    if npos < argcount:
        defaults_w = w_func.defaults_w if w_func is not None else None
        ndef = len(defaults_w) if defaults_w is not None else 0
        first_default = argcount - ndef
        for i in range(npos, argcount):
            if frame.locals_w[i] is None:
                if i >= first_default:
                    frame.locals_w[i] = defaults_w[i - first_default]
                else:
                    raise oefmt(space.w_TypeError,
                                "function missing required positional argument '%s'"
                                % code.co_varnames[i])
    for i in range(argcount, argcount + kwonly):
        assert i >= 0
        if frame.locals_w[i] is None:
            w_def = None
            if w_func is not None and w_func.w_kwdefaults is not None:
                w_def = w_func.w_kwdefaults.getitem_str(code.co_varnames[i])
            if w_def is None:
                raise oefmt(space.w_TypeError,
                            "function missing required keyword argument '%s'"
                            % code.co_varnames[i])
            frame.locals_w[i] = w_def


def run_code(space, code, w_globals, w_locals):
    """Run a module-level (or exec'd) code object in the given namespaces."""
    frame = Frame(space, code, w_globals, w_locals, None)
    return execute_frame(space, frame)


def run_class_body(space, w_func, w_ns):
    assert isinstance(w_func, W_Function)
    frame = Frame(space, w_func.code, w_func.w_globals, w_ns, w_func.closure)
    return execute_frame(space, frame)
