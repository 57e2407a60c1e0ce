"""The builtins module."""
from rpython.rlib import jit
from interp.error import OperationError, oefmt
from interp.gateway import Arguments, function, check_count, no_kw
from interp.objects.moduleobject import W_Module
from interp.objects.intobject import W_Int, W_AbstractInt, W_Long, W_Bool
from interp.objects.floatobject import W_Float
from interp.objects.strobject import W_Str
from interp.objects.bytesobject import W_Bytes
from interp.objects.listobject import W_List, sort_list
from interp.objects.tupleobject import W_Tuple
from interp.objects.dictobject import W_Dict
from interp.objects.typeobject import W_Type
from interp.objects.funcobject import W_Function, W_BuiltinFunction
from interp.objects.root import W_Root, TypeDef
from interp import ops, utf8
from interp.objects import fileobject


def print_line(space, s):
    space.stdout.write_str(s + '\n')


def builtin_print(space, args):
    w_sep = args.kw('sep')
    w_end = args.kw('end')
    w_file = args.kw('file')
    w_flush = args.kw('flush')
    args.check_kw_only(space, 'print', ['sep', 'end', 'file', 'flush'])
    sep = ' ' if w_sep is None or space.is_none(w_sep) else space.text_w(w_sep)
    end = '\n' if w_end is None or space.is_none(w_end) else space.text_w(w_end)
    parts = [space.str_w(w_x) for w_x in args.args_w]
    s = sep.join(parts) + end
    if w_file is None or space.is_none(w_file) or w_file is space.stdout:
        space.stdout.write_str(s)
        if w_flush is not None and space.is_true(w_flush):
            space.stdout.flush()
    else:
        # like CPython: one write() per item, separator and end
        for i in range(len(parts)):
            if i > 0:
                space.call_method(w_file, 'write', [space.newtext(sep)])
            space.call_method(w_file, 'write', [space.newtext(parts[i])])
        space.call_method(w_file, 'write', [space.newtext(end)])
        if w_flush is not None and space.is_true(w_flush):
            space.call_method(w_file, 'flush', [])
    return space.w_None


@function(1)
def len_(space, w_obj):
    return space.newint(space.len_w(w_obj))


@function(2)
def isinstance_(space, w_obj, w_types):
    return space.newbool(check_isinstance(space, space.type(w_obj), w_types, 'isinstance'))


def check_isinstance(space, w_type, w_types, what):
    if isinstance(w_types, W_Type):
        return w_type.issubtype(w_types)
    if isinstance(w_types, W_Tuple):
        for w_t in w_types.items_w:
            if check_isinstance(space, w_type, w_t, what):
                return True
        return False
    raise oefmt(space.w_TypeError, "%s() arg 2 must be a type or tuple of types" % what)


@function(2)
def issubclass_(space, w_cls, w_types):
    if not isinstance(w_cls, W_Type):
        raise oefmt(space.w_TypeError, "issubclass() arg 1 must be a class")
    return space.newbool(check_isinstance(space, w_cls, w_types, 'issubclass'))


@function(1)
def repr_(space, w_obj):
    return space.repr(w_obj)


@function(1)
def abs_(space, w_x):
    if type(w_x) is W_Int and w_x.intval >= 0:
        return w_x
    if type(w_x) is W_Float:       # subclasses may override __abs__
        return space.newfloat(abs(w_x.floatval))
    w_abs = space.lookup(w_x, '__abs__')
    if w_abs is None:
        raise oefmt(space.w_TypeError, "unsupported type for __abs__: '%s'"
                    % space.type_name(w_x))
    return space.call_function(w_abs, [w_x])


min_max_driver = jit.JitDriver(name='min_max', greens=['is_max', 'w_type'], reds='auto')


def min_max(space, args, is_max):
    args.check_kw_only(space, 'max' if is_max else 'min', ['key', 'default'])
    w_key = args.kw('key')
    w_default = args.kw('default')
    if w_key is not None and space.is_none(w_key):
        w_key = None
    if len(args.args_w) == 0:
        raise oefmt(space.w_TypeError, "%s expected 1 argument, got 0"
                    % ('max' if is_max else 'min'))
    if len(args.args_w) == 1:
        items = space.unpack_iterable(args.args_w[0])
    else:
        if w_default is not None:
            raise oefmt(space.w_TypeError,
                        "Cannot specify a default for max() with multiple positional arguments")
        items = args.args_w
    if not items:
        if w_default is not None:
            return w_default
        raise oefmt(space.w_ValueError, "arg is an empty sequence")
    w_best = items[0]
    w_bestkey = space.call_function(w_key, [w_best]) if w_key is not None else w_best
    w_type = space.type(w_best)
    i = 1
    while i < len(items):
        # a loop of its own for the JIT: the key function and __lt__ inline
        min_max_driver.jit_merge_point(is_max=is_max, w_type=w_type)
        w_item = items[i]
        i += 1
        w_k = space.call_function(w_key, [w_item]) if w_key is not None else w_item
        if is_max:
            better = space.lt_w(w_bestkey, w_k)
        else:
            better = space.lt_w(w_k, w_bestkey)
        if better:
            w_best = w_item
            w_bestkey = w_k
    return w_best


def builtin_min(space, args):
    return min_max(space, args, False)


def builtin_max(space, args):
    return min_max(space, args, True)


sum_driver = jit.JitDriver(name='sum', greens=['w_type'], reds='auto')


def builtin_sum(space, args):
    args.check_kw_only(space, 'sum', ['start'])
    check_count(space, args, 1, 2)
    w_start = args.arg(1)
    if w_start is None:
        w_start = args.kw('start')
    elif args.kw('start') is not None:
        raise oefmt(space.w_TypeError, "argument for sum() given by name ('start') and position (2)")
    if w_start is None:
        w_start = space.newint(0)
    if isinstance(w_start, W_Str):
        raise oefmt(space.w_TypeError, "sum() can't sum strings [use ''.join(seq) instead]")
    w_acc = w_start
    w_iter = space.iter(args.args_w[0])
    w_type = space.type(w_iter)
    while True:
        # a loop of its own for the JIT (sum(genexpr) traces the generator)
        sum_driver.jit_merge_point(w_type=w_type)
        w_item = space.next(w_iter)
        if w_item is None:
            return w_acc
        w_acc = space.binop(ops.ADD, w_acc, w_item)


def builtin_sorted(space, args):
    args.check_kw_only(space, 'sorted', ['key', 'reverse'])
    check_count(space, args, 1, 1)
    items = space.unpack_iterable(args.args_w[0])
    w_rev = args.kw('reverse')
    sort_list(space, items, args.kw('key'), w_rev is not None and space.is_true(w_rev))
    return space.newlist(items)


def _anyall(space, w_iterable, want):
    w_iter = space.iter(w_iterable)
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            return not want
        if space.is_true(w_item) == want:
            return want


@function(1)
def any_(space, w_iterable):
    return space.newbool(_anyall(space, w_iterable, True))


@function(1)
def all_(space, w_iterable):
    return space.newbool(_anyall(space, w_iterable, False))


@function(2)
def divmod_(space, w_a, w_b):
    return space.divmod(w_a, w_b)


@function(2, 3)
def pow_(space, w_a, w_b, w_mod):
    if w_mod is None or space.is_none(w_mod):
        return space.binop(ops.POW, w_a, w_b)
    if not (isinstance(w_a, W_AbstractInt) and isinstance(w_b, W_AbstractInt) and
            isinstance(w_mod, W_AbstractInt)):
        raise oefmt(space.w_TypeError, "pow() 3rd argument not allowed unless all arguments are integers")
    a = w_a.asbigint()
    b = w_b.asbigint()
    m = w_mod.asbigint()
    if not m.tobool():
        raise oefmt(space.w_ValueError, "pow() 3rd argument cannot be 0")
    if b.sign < 0:
        raise oefmt(space.w_ValueError, "pow() 2nd argument cannot be negative when 3rd argument specified")
    return space.newbigint(a.pow(b, m))


@function(1, 2)
def round_(space, w_x, w_ndigits):
    if isinstance(w_x, W_AbstractInt) and (not space.type(w_x).is_heaptype or
                                           space.lookup(w_x, '__round__') is None):
        if w_ndigits is None or space.is_none(w_ndigits):
            return space.int(w_x)
        nd = space.int_w(w_ndigits)
        if nd >= 0:
            return space.int(w_x)
        from rpython.rlib.rbigint import rbigint
        big = w_x.asbigint()
        p = rbigint.fromint(10).pow(rbigint.fromint(-nd))
        half = p.floordiv(rbigint.fromint(2))
        q, r = big.divmod(p)
        # round half to even
        c = r.lt(half)
        if r.eq(half):
            c = not q.and_(rbigint.fromint(1)).tobool()
        if not c:
            q = q.add(rbigint.fromint(1))
        return space.newbigint(q.mul(p))
    w_round = space.lookup(w_x, '__round__')
    if w_round is None:
        raise oefmt(space.w_TypeError, "type %s doesn't define __round__ method"
                    % space.type_name(w_x))
    if w_ndigits is None or space.is_none(w_ndigits):
        return space.call_function(w_round, [w_x])
    return space.call_function(w_round, [w_x, w_ndigits])


def _int_prefix_format(space, w_x, digits_chars, prefix):
    w_i = space.int_index(w_x)
    big = w_i.asbigint()
    s = big.abs().format(digits_chars)
    if big.sign < 0:
        return space.newtext('-' + prefix + s)
    return space.newtext(prefix + s)


@function(1)
def hex_(space, w_x):
    return _int_prefix_format(space, w_x, '0123456789abcdef', '0x')


@function(1)
def oct_(space, w_x):
    return _int_prefix_format(space, w_x, '01234567', '0o')


@function(1)
def bin_(space, w_x):
    return _int_prefix_format(space, w_x, '01', '0b')


@function(1)
def ord_(space, w_c):
    if isinstance(w_c, W_Str):
        if w_c.length != 1:
            raise oefmt(space.w_TypeError, "ord() expected a character, but string of length %d found" % w_c.length)
        return space.newint(utf8.decode_at(w_c.utf8, 0))
    if isinstance(w_c, W_Bytes):
        if len(w_c.value) != 1:
            raise oefmt(space.w_TypeError, "ord() expected a character")
        return space.newint(ord(w_c.value[0]))
    raise oefmt(space.w_TypeError, "ord() expected a character, but %s found"
                % space.type_name(w_c))


@function(1)
def chr_(space, w_i):
    i = space.int_w(w_i)
    if i < 0 or i > 0x10FFFF:
        raise oefmt(space.w_ValueError, "chr() arg not in range(0x110000)")
    return space.newtext_len(utf8.encode_codepoint(i), 1)


@function(1)
def hash_(space, w_obj):
    return space.hash(w_obj)


@function(1)
def id_(space, w_obj):
    return space.newint(space.id_w(w_obj))


@function(1, 2)
def iter_(space, w_obj, w_sentinel):
    if w_sentinel is not None:
        from interp.objects.iterobject import W_CallableIterator
        if not space.callable(w_obj):
            raise oefmt(space.w_TypeError, "iter(v, w): v must be callable")
        return W_CallableIterator(w_obj, w_sentinel)
    return space.iter(w_obj)


@function(1, 2)
def next_(space, w_iter, w_default):
    if space.lookup(w_iter, '__next__') is None:
        raise oefmt(space.w_TypeError, "'%s' object isn't an iterator"
                    % space.type_name(w_iter))
    w_item = space.next(w_iter)
    if w_item is None:
        if w_default is not None:
            return w_default
        from interp.generator import W_Generator, stop_iteration
        if isinstance(w_iter, W_Generator):
            raise stop_iteration(space, w_iter.w_return)
        raise oefmt(space.w_StopIteration, None)
    return w_item


@function(1)
def callable_(space, w_obj):
    return space.newbool(space.callable(w_obj))


@function(2, 3)
def getattr_(space, w_obj, w_name, w_default):
    name = space.text_w(w_name)
    if w_default is None:
        return space.getattr(w_obj, name)
    try:
        w_res = space.getattr_or_none(w_obj, name)
    except OperationError as e:
        if e.match(space, space.w_AttributeError):
            return w_default
        raise
    if w_res is None:
        return w_default
    return w_res


@function(3)
def setattr_(space, w_obj, w_name, w_value):
    space.setattr(w_obj, space.text_w(w_name), w_value)
    return space.w_None


@function(2)
def delattr_(space, w_obj, w_name):
    space.delattr(w_obj, space.text_w(w_name))
    return space.w_None


@function(2)
def hasattr_(space, w_obj, w_name):
    try:
        w_res = space.getattr_or_none(w_obj, space.text_w(w_name))
    except OperationError as e:
        if e.match(space, space.w_AttributeError):
            return space.w_False
        raise
    return space.newbool(w_res is not None)


@function(0, 1)
def dir_(space, w_obj):
    names = {}
    if w_obj is None:
        w_d = locals_(space, Arguments([]))    # the caller's scope
        assert isinstance(w_d, W_Dict)
        for w_k in w_d.keys_w(space):
            names[space.text_w(w_k)] = None
    else:
        w_d = w_obj.get_dict_w(space)
        if isinstance(w_d, W_Dict):
            for w_k in w_d.keys_w(space):
                if isinstance(w_k, W_Str):
                    names[w_k.utf8] = None
        w_type = w_obj if isinstance(w_obj, W_Type) else space.type(w_obj)
        for w_t in w_type.mro_w:
            for k in w_t.dict_w.keys():
                names[k] = None
    keys = names.keys()
    items_w = [space.newtext(k) for k in keys]
    sort_list(space, items_w, None, False)
    return space.newlist(items_w)


@function(0)
def globals_(space):
    return space.current_frame().w_globals


@function(0)
def locals_(space):
    frame = space.current_frame()
    if frame.w_locals is not None:
        return frame.w_locals
    w_d = W_Dict()
    code = frame.code
    for i in range(len(code.co_varnames)):
        w_v = frame.locals_w[i]
        if w_v is not None:
            w_d.setitem_str(code.co_varnames[i], w_v)
    return w_d


@function(0, 1)
def vars_(space, w_obj):
    if w_obj is None:
        return locals_(space, Arguments([]))
    w_d = w_obj.get_dict_w(space)
    if w_d is None:
        raise oefmt(space.w_TypeError, "vars() argument must have __dict__ attribute")
    return w_d


@function(0, 1)
def input_(space, w_prompt):
    console = space.console
    if console.board and console.editor is not None:
        # a board's console is raw: input() edits and echoes as the REPL does
        from interp.console import readline
        prompt = '' if w_prompt is None else space.str_w(w_prompt)
        code, line = console.editor.readline(prompt, '')
        if code == readline.CTRL_C:
            raise OperationError(space.w_KeyboardInterrupt, None)
        if (code == readline.CTRL_D or code == readline.EOF) and not line:
            raise oefmt(space.w_EOFError, "")
        return space.newtext(line)
    if w_prompt is not None:
        space.stdout.write_str(space.str_w(w_prompt))
    space.stdout.flush()
    line = space.stdin.readline()
    if not line:
        raise oefmt(space.w_EOFError, "")
    if line.endswith('\n'):
        line = line[:-1]
    return space.newtext(line)


def _exec_eval(space, args, mode):
    check_count(space, args, 1, 3)
    w_src = args.args_w[0]
    w_globals = args.arg(1)
    w_locals = args.arg(2)
    from interp.code import W_Code
    if isinstance(w_src, W_Code):
        code = w_src
    else:
        src = space.text_or_bytes_w(w_src, "%s() arg 1 must be a string or code object"
                                    % mode)
        if mode == 'eval':
            src = src.strip(' \t\n')
        code = space.compile_source(src, '<string>', mode)
    frame = space.current_frame()
    if w_globals is None or space.is_none(w_globals):
        w_g = frame.w_globals
        if w_locals is None or space.is_none(w_locals):
            if frame.w_locals is not None:
                w_l = frame.w_locals
            else:
                w_l = locals_(space, Arguments([]))
        else:
            w_l = w_locals
    else:
        if not isinstance(w_globals, W_Dict):
            raise oefmt(space.w_TypeError, "globals must be a dict")
        w_g = w_globals
        if w_g.getitem_str('__builtins__') is None:
            w_g.setitem_str('__builtins__', space.builtins)
        w_l = w_locals if w_locals is not None and not space.is_none(w_locals) else w_g
    if not isinstance(w_l, W_Dict):
        raise oefmt(space.w_TypeError, "locals must be a dict")
    from interp.function import run_code
    w_res = run_code(space, code, w_g, w_l)
    if mode == 'eval':
        return w_res
    return space.w_None


def builtin_exec(space, args):
    return _exec_eval(space, args, 'exec')


def builtin_eval(space, args):
    return _exec_eval(space, args, 'eval')


def builtin_compile(space, args):
    check_count(space, args, 3, 6)
    src = space.text_or_bytes_w(args.args_w[0], "compile() arg 1 must be a string")
    filename = space.text_w(args.args_w[1])
    mode = space.text_w(args.args_w[2])
    if mode != 'exec' and mode != 'eval' and mode != 'single':
        raise oefmt(space.w_ValueError, "compile() mode must be 'exec', 'eval' or 'single'")
    return space.compile_source(src, filename, mode)


def builtin_import(space, args):
    check_count(space, args, 1, 5)
    name = space.text_w(args.args_w[0])
    w_globals = args.arg(1)
    w_fromlist = args.arg(3)
    if w_fromlist is None:
        w_fromlist = args.kw('fromlist')
    w_level = args.arg(4)
    if w_level is None:
        w_level = args.kw('level')
    level = 0 if w_level is None else space.int_w(w_level)
    if level == 0 and not name:
        raise oefmt(space.w_ValueError, "Empty module name")
    from interp.importing import import_name
    if w_fromlist is not None and not space.is_true(w_fromlist):
        w_fromlist = None
    if not isinstance(w_globals, W_Dict):
        w_globals = space.current_frame().w_globals
    assert isinstance(w_globals, W_Dict)
    return import_name(space, name, w_fromlist if w_fromlist is not None else space.w_None,
                       level, w_globals)


def builtin_build_class(space, args):
    if len(args.args_w) < 2:
        raise oefmt(space.w_TypeError, "__build_class__: not enough arguments")
    w_func = args.args_w[0]
    name = space.text_w(args.args_w[1])
    bases_w = args.args_w[2:]
    w_meta = args.kw('metaclass')
    kw_names = []
    kw_values = []
    if args.kw_names is not None:
        for i in range(len(args.kw_names)):
            if args.kw_names[i] != 'metaclass':
                kw_names.append(args.kw_names[i])
                kw_values.append(args.kw_values_w[i])
    if w_meta is None:
        w_meta = space.w_type
        for w_b in bases_w:
            w_bt = space.type(w_b)
            if w_bt.issubtype(w_meta):
                w_meta = w_bt
    w_ns = None
    w_prepare = space.getattr_or_none(w_meta, '__prepare__') \
        if isinstance(w_meta, W_Type) and w_meta is not space.w_type else None
    if w_prepare is not None:
        w_ns = space.call_args(w_prepare, Arguments([space.newtext(name),
                                                     space.newtuple(bases_w)],
                                                    kw_names, kw_values))
    if not isinstance(w_ns, W_Dict):
        w_ns = W_Dict()
    from interp.function import run_class_body
    w_cell = run_class_body(space, w_func, w_ns)
    w_cls = space.call_args(w_meta, Arguments([space.newtext(name), space.newtuple(bases_w),
                                               w_ns], kw_names, kw_values))
    from interp.objects.funcobject import W_Cell
    if isinstance(w_cell, W_Cell):
        w_cell.w_value = w_cls
    return w_cls


def builtin_format(space, args):
    check_count(space, args, 1, 2)
    w_spec = args.arg(1)
    if w_spec is None:
        w_spec = space.newtext('')
    return space.format(args.args_w[0], w_spec)


HELP_TEXT = """Welcome to MicroPython (micropy)!

For online docs please visit http://docs.micropython.org/

Control commands:
  CTRL-A        -- on a blank line, enter raw REPL mode
  CTRL-B        -- on a blank line, enter normal REPL mode
  CTRL-C        -- interrupt a running program
  CTRL-D        -- on a blank line, exit or do a soft reset
  CTRL-E        -- on a blank line, enter paste mode

For further help on a specific object, type help(obj)
For a list of available modules, type help('modules')
"""


@function(0, 1)
def help_(space, w_obj):
    """help(): the REPL's keys; help('modules'): the builtin modules;
    help(obj): its type and its attributes, as MicroPython prints them."""
    if w_obj is None:
        space.stdout.write_str(HELP_TEXT)
        return space.w_None
    if isinstance(w_obj, W_Str) and w_obj.utf8 == 'modules':
        names = [n for n in space.builtin_modules.keys() if not n.startswith('u')
                 or space.builtin_modules.get(n[1:], None) is None]
        for rel in space.frozen_codes.keys():     # frozen Python modules too
            slash = rel.find('/')
            if slash > 0 and rel.endswith('/__init__.py') and slash == len(rel) - 12:
                names.append(rel[:slash])
            elif rel.endswith('.py') and slash < 0:
                end = len(rel) - 3
                assert end >= 0
                names.append(rel[:end])
        from interp.console.completion import sort_names
        sort_names(names)
        from interp.console.readline import format_columns
        from rpython.rlib.rstring import replace
        text = replace(format_columns(names), '\r\n', '\n')
        space.stdout.write_str(text[1:])     # without the list's leading line break
        space.stdout.write_str('Plus any modules on the filesystem\n')
        return space.w_None
    space.stdout.write_str('object %s is of type %s\n' % (space.text_w(space.str(w_obj)),
                                                        space.type_name(w_obj)))
    w_d = None
    if not isinstance(w_obj, W_Type):
        w_d = w_obj.get_dict_w(space)
    if isinstance(w_obj, W_Type):
        items = [(k, w_v) for k, w_v in w_obj.dict_w.items()]
    elif isinstance(w_d, W_Dict):
        items = [(space.text_w(w_k), w_v) for w_k, w_v in w_d.items_w(space)
                 if isinstance(w_k, W_Str)]
    else:
        items = [(k, w_v) for k, w_v in space.type(w_obj).dict_w.items()]
    for k, w_v in items:
        if k.startswith('__') and k != '__name__':
            continue        # operator slots: MicroPython keeps them out of sight
        space.stdout.write_str('  %s -- %s\n' % (k, space.text_w(space.str(w_v))))
    return space.w_None


BUILTIN_FUNCTIONS = [
    ('print', builtin_print), ('len', len_), ('isinstance', isinstance_),
    ('issubclass', issubclass_), ('repr', repr_), ('abs', abs_), ('min', builtin_min),
    ('max', builtin_max), ('sum', builtin_sum), ('sorted', builtin_sorted), ('any', any_),
    ('all', all_), ('divmod', divmod_), ('pow', pow_), ('round', round_), ('hex', hex_),
    ('oct', oct_), ('bin', bin_), ('ord', ord_), ('chr', chr_), ('hash', hash_), ('id', id_),
    ('iter', iter_), ('next', next_), ('callable', callable_), ('getattr', getattr_),
    ('setattr', setattr_), ('delattr', delattr_), ('hasattr', hasattr_), ('dir', dir_),
    ('globals', globals_), ('locals', locals_), ('vars', vars_), ('input', input_),
    ('exec', builtin_exec), ('eval', builtin_eval), ('compile', builtin_compile),
    ('__import__', builtin_import), ('__build_class__', builtin_build_class),
    ('format', builtin_format), ('open', fileobject.open_file), ('help', help_),
]

BUILTIN_TYPES = ['object', 'type', 'int', 'bool', 'float', 'complex', 'str', 'bytes', 'bytearray', 'memoryview', 'tuple', 'list',
                 'dict', 'set', 'frozenset', 'range', 'slice', 'enumerate', 'zip', 'map',
                 'filter', 'reversed', 'staticmethod', 'classmethod', 'property', 'super']


def make_builtins(space):
    w_mod = W_Module(space, 'builtins')
    d = w_mod.w_dict
    for name, func in BUILTIN_FUNCTIONS:
        d.setitem_str(name, W_BuiltinFunction(name, func))
    for name in BUILTIN_TYPES:
        d.setitem_str(name, space.builtin_types[name])
    for name, w_exc in space.exception_types.items():
        d.setitem_str(name, w_exc)
    d.setitem_str('None', space.w_None)
    d.setitem_str('True', space.w_True)
    d.setitem_str('False', space.w_False)
    d.setitem_str('NotImplemented', space.w_NotImplemented)
    d.setitem_str('Ellipsis', space.w_Ellipsis)
    d.setitem_str('__debug__', space.w_True)
    return w_mod
