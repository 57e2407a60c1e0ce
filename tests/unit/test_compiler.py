"""Scope analysis (interp.symtable), code objects (interp.compiler) and
end-to-end runs of small programs through the object space."""
import pytest

from interp import bytecode as bc
from interp.code import W_Code
from interp.compiler import compile_ast
from interp.error import OperationError
from interp.parser import parse, ParseError
from interp.symtable import (SymtableBuilder, SC_LOCAL, SC_GLOBAL_EXPLICIT,
                             SC_GLOBAL_IMPLICIT, SC_FREE, SC_CELL, MODULE,
                             FUNCTION, CLASS)

SC_NAMES = {SC_LOCAL: 'local', SC_GLOBAL_EXPLICIT: 'global',
            SC_GLOBAL_IMPLICIT: 'global_implicit', SC_FREE: 'free',
            SC_CELL: 'cell'}


# ---------------------------------------------------------------------------
# helpers

def symtable(src):
    return SymtableBuilder(parse(src, '<test>', 'exec'))


def find_scope(scope, path):
    """Child scope by a dotted path of scope names ('f.g', 'C.m')."""
    for name in path.split('.'):
        matches = [c for c in scope.children if c.name == name]
        assert matches, 'no scope %r under %r' % (name, scope.name)
        scope = matches[0]
    return scope


def scopes_of(src, path=None):
    """{name: scope name} for the names of one scope."""
    top = symtable(src).top
    scope = find_scope(top, path) if path else top
    return dict((n, SC_NAMES[scope.lookup(n)]) for n in scope.order)


def symtable_error(src):
    with pytest.raises(ParseError) as excinfo:
        symtable(src)
    return excinfo.value


def compile_src(src, optimize=0, mode='exec'):
    return compile_ast(parse(src, '<test>', mode), '<test>', mode, optimize)


def compile_error(src):
    with pytest.raises(ParseError) as excinfo:
        compile_src(src)
    return excinfo.value


def find_code(code, path):
    """A nested code object by dotted co_name path ('f.g', 'C.m')."""
    for name in path.split('.'):
        matches = [c for c in code.co_consts_w
                   if isinstance(c, W_Code) and c.co_name == name]
        assert matches, 'no code %r in %r' % (name, code.co_name)
        code = matches[0]
    return code


def space():
    from interp.space import space
    return space


def run(src, optimize=0):
    """Run src as a module; returns its globals (a W_Dict)."""
    from interp.objects.moduleobject import W_Module
    from interp.function import run_code
    sp = space()
    w_mod = W_Module(sp, '__test__')
    code = compile_src(src, optimize)
    run_code(sp, code, w_mod.w_dict, w_mod.w_dict)
    return w_mod.w_dict


def result(src, name='r', optimize=0):
    """repr() of the global `name` after running src."""
    sp = space()
    w_dict = run(src, optimize)
    w_value = w_dict.getitem_str(name)
    assert w_value is not None, 'no global %r' % name
    return sp.repr_w(w_value)


def run_error(src):
    """Run src expecting an application-level exception: (type name, message,
    line of the innermost traceback entry)."""
    sp = space()
    with pytest.raises(OperationError) as excinfo:
        run(src)
    operr = excinfo.value
    w_exc = operr.get_w_value(sp)
    try:
        msg = sp.str_w(w_exc)
    except OperationError:
        msg = None
    tb = operr.tb
    line = None
    while tb is not None:
        line = tb.lineno
        tb = tb.next
    return sp.type_name(w_exc), msg, line


# ---------------------------------------------------------------------------
# symtable: scopes of names

def test_module_scope():
    s = scopes_of('import os\nx = 1\ndef f(): pass\nclass C: pass\nprint(y)\n')
    assert s == {'os': 'global_implicit', 'x': 'global_implicit',
                 'f': 'global_implicit', 'C': 'global_implicit',
                 'print': 'global_implicit', 'y': 'global_implicit'}


def test_function_locals_and_globals():
    src = ('def f(a, *b, c=1, **d):\n'
           '    global g\n'
           '    e = a\n'
           '    g = 2\n'
           '    for i in b: pass\n'
           '    import m\n'
           '    return len(d)\n')
    s = scopes_of(src, 'f')
    assert s == {'a': 'local', 'b': 'local', 'c': 'local', 'd': 'local',
                 'e': 'local', 'g': 'global', 'i': 'local', 'm': 'local',
                 'len': 'global_implicit'}
    f = find_scope(symtable(src).top, 'f')
    assert f.kind == FUNCTION
    assert f.params == ['a', 'c', 'b', 'd']


def test_local_bindings_of_all_kinds():
    src = ('def f():\n'
           '    a = 1\n'
           '    b += 1\n'
           '    c: int\n'
           '    del d\n'
           '    with x as e: pass\n'
           '    try: pass\n'
           '    except E as g: pass\n'
           '    from m import h, i as j\n'
           '    def k(): pass\n'
           '    class L: pass\n'
           '    (n := 1)\n'
           '    for (o, [p]) in q: pass\n')
    s = scopes_of(src, 'f')
    for name in 'a b c d e g h j k L n o p'.split():
        assert s[name] == 'local', name
    for name in ['x', 'E', 'q']:
        assert s[name] == 'global_implicit', name
    assert 'i' not in s and 'm' not in s


def test_closure_cell_and_free():
    src = ('def f():\n'
           '    x = 1\n'
           '    y = 2\n'
           '    def g():\n'
           '        return x\n'
           '    return g\n')
    assert scopes_of(src, 'f') == {'x': 'cell', 'y': 'local', 'g': 'local'}
    assert scopes_of(src, 'f.g') == {'x': 'free'}
    f = find_scope(symtable(src).top, 'f')
    assert f.cellvars() == ['x']
    assert f.freevars() == []
    g = find_scope(f, 'g')
    assert g.freevars() == ['x']
    assert g.cellvars() == []


def test_parameter_as_cell():
    src = 'def f(a, b):\n    return lambda: a\n'
    assert scopes_of(src, 'f') == {'a': 'cell', 'b': 'local'}
    assert scopes_of(src, 'f.<lambda>') == {'a': 'free'}


def test_free_variable_passes_through_intermediate_scopes():
    src = ('def f():\n'
           '    x = 1\n'
           '    def g():\n'
           '        def h():\n'
           '            return x\n'
           '        return h\n'
           '    return g\n')
    top = symtable(src).top
    g = find_scope(top, 'f.g')
    assert g.freevars() == ['x']
    assert scopes_of(src, 'f.g')['x'] == 'free'
    assert scopes_of(src, 'f.g.h') == {'x': 'free'}
    assert scopes_of(src, 'f')['x'] == 'cell'


def test_nonlocal():
    src = ('def f():\n'
           '    n = 0\n'
           '    def inc():\n'
           '        nonlocal n\n'
           '        n += 1\n'
           '    return inc\n')
    assert scopes_of(src, 'f')['n'] == 'cell'
    assert scopes_of(src, 'f.inc') == {'n': 'free'}


def test_nonlocal_refers_to_nearest_binding():
    src = ('def f():\n'
           '    x = 1\n'
           '    def g():\n'
           '        x = 2\n'
           '        def h():\n'
           '            nonlocal x\n'
           '            x = 3\n'
           '        return h\n'
           '    return g\n')
    assert scopes_of(src, 'f')['x'] == 'local'
    assert scopes_of(src, 'f.g')['x'] == 'cell'
    assert scopes_of(src, 'f.g.h')['x'] == 'free'


def test_global_declaration_hides_enclosing_binding():
    src = ('def f():\n'
           '    x = 1\n'
           '    def g():\n'
           '        global x\n'
           '        return x\n'
           '    return g\n')
    assert scopes_of(src, 'f')['x'] == 'local'
    assert scopes_of(src, 'f.g') == {'x': 'global'}


def test_global_at_module_level():
    assert scopes_of('global x\nx = 1\n') == {'x': 'global'}


def test_class_scope_is_not_visible_in_methods():
    src = ('class C:\n'
           '    attr = 1\n'
           '    def m(self):\n'
           '        return attr\n')
    # class-body bindings are local to the class body (NAME ops at run time)
    assert scopes_of(src, 'C') == {'attr': 'local', 'm': 'local'}
    assert scopes_of(src, 'C.m') == {'self': 'local', 'attr': 'global_implicit'}
    c = find_scope(symtable(src).top, 'C')
    assert c.kind == CLASS


def test_class_in_function_sees_enclosing_locals():
    src = ('def f():\n'
           '    x = 1\n'
           '    class C:\n'
           '        y = x\n'
           '        def m(self):\n'
           '            return x\n'
           '    return C\n')
    assert scopes_of(src, 'f')['x'] == 'cell'
    assert scopes_of(src, 'f.C')['x'] == 'free'
    assert scopes_of(src, 'f.C.m')['x'] == 'free'


def test_class_binding_same_name_as_enclosing_free():
    # the class body binds x for itself but passes f's x on to its methods
    src = ('def f():\n'
           '    x = 1\n'
           '    class C:\n'
           '        x = 2\n'
           '        def m(self):\n'
           '            return x\n'
           '    return C\n')
    top = symtable(src).top
    c = find_scope(top, 'f.C')
    assert 'x' in c.freevars()
    assert scopes_of(src, 'f.C.m')['x'] == 'free'
    assert scopes_of(src, 'f')['x'] == 'cell'


def test_super_creates_class_cell():
    src = ('class C(B):\n'
           '    def m(self):\n'
           '        return super().m()\n'
           '    def n(self):\n'
           '        return 1\n')
    top = symtable(src).top
    c = find_scope(top, 'C')
    assert c.needs_class_cell
    assert c.cellvars() == ['__class__']
    m = find_scope(c, 'm')
    assert m.uses_class_cell
    assert m.freevars() == ['__class__']
    n = find_scope(c, 'n')
    assert not n.uses_class_cell
    assert n.freevars() == []


def test_dunder_class_reference_creates_class_cell():
    src = 'class C:\n    def m(self):\n        return __class__\n'
    c = find_scope(symtable(src).top, 'C')
    assert c.cellvars() == ['__class__']
    assert find_scope(c, 'm').freevars() == ['__class__']


def test_comprehension_scopes():
    src = ('def f(xs):\n'
           '    k = 2\n'
           '    return [x * k for x in xs if x]\n')
    top = symtable(src).top
    f = find_scope(top, 'f')
    comp = find_scope(f, '<listcomp>')
    assert comp.params == ['.0']
    assert scopes_of(src, 'f.<listcomp>') == {'.0': 'local', 'x': 'local', 'k': 'free'}
    # the first iterable is evaluated in f, not in the comprehension
    assert scopes_of(src, 'f') == {'xs': 'local', 'k': 'cell'}


def test_comprehension_kinds():
    src = ('a = [x for x in y]\n'
           'b = {x for x in y}\n'
           'c = {x: 1 for x in y}\n'
           'd = (x for x in y)\n')
    top = symtable(src).top
    assert [c.name for c in top.children] == ['<listcomp>', '<setcomp>',
                                              '<dictcomp>', '<genexpr>']
    assert [c.is_generator for c in top.children] == [False, False, False, True]
    # the loop variable does not leak to the module
    assert 'x' not in scopes_of(src)


def test_nested_comprehension_iterables():
    src = '[(a, b) for a in x for b in a]\n'
    s = scopes_of(src, '<listcomp>')
    assert s['a'] == 'local' and s['b'] == 'local'
    assert 'x' not in s
    assert scopes_of(src)['x'] == 'global_implicit'


def test_walrus_in_comprehension_binds_in_enclosing_function():
    src = ('def f(xs):\n'
           '    if any((last := x) > 3 for x in xs):\n'
           '        return last\n')
    assert scopes_of(src, 'f')['last'] == 'cell'
    assert scopes_of(src, 'f.<genexpr>')['last'] == 'free'


def test_walrus_in_module_comprehension_is_global():
    src = '[(y := x) for x in range(3)]\n'
    assert scopes_of(src)['y'] == 'global'
    assert scopes_of(src, '<listcomp>')['y'] == 'global'


def test_generator_and_coroutine_flags():
    src = ('def g():\n    yield 1\n'
           'def h():\n    x = yield from g()\n'
           'async def c():\n    await x\n'
           'def plain():\n    return 1\n'
           'l = lambda: (yield)\n')
    top = symtable(src).top
    by_name = dict((c.name, c) for c in top.children)
    assert by_name['g'].is_generator
    assert by_name['h'].is_generator
    assert by_name['c'].is_coroutine and not by_name['c'].is_generator
    assert not by_name['plain'].is_generator
    assert by_name['<lambda>'].is_generator


def test_name_mangling():
    src = ('class C:\n'
           '    __a = 1\n'
           '    __b__ = 2\n'
           '    def m(self, __p):\n'
           '        __q = self.__a\n'
           '        return __p\n')
    assert scopes_of(src, 'C') == {'_C__a': 'local', '__b__': 'local', 'm': 'local'}
    assert scopes_of(src, 'C.m') == {'self': 'local', '_C__p': 'local', '_C__q': 'local'}


def test_mangling_strips_leading_underscores_of_class_name():
    assert scopes_of('class _Priv:\n    __x = 1\n', '_Priv') == {'_Priv__x': 'local'}
    assert scopes_of('class __:\n    __x = 1\n', '__') == {'__x': 'local'}


# ---------------------------------------------------------------------------
# symtable errors

@pytest.mark.parametrize('src, msg, lineno', [
    ('nonlocal x\n', 'nonlocal declaration not allowed at module level', 1),
    ('x = 1\ndef f():\n    nonlocal x\n', "no binding for nonlocal 'x' found", 2),
    ('def f():\n    def g():\n        nonlocal y\n', "no binding for nonlocal 'y' found", 2),
    ('class C:\n    x = 1\n    def m(self):\n        nonlocal x\n',
     "no binding for nonlocal 'x' found", 3),
    ('def f(a):\n    global a\n', "name 'a' is parameter and global", 2),
    ('def f():\n    x = 1\n    global x\n',
     "name 'x' is assigned to before global declaration", 3),
    ('def f():\n    print(x)\n    global x\n',
     "name 'x' is assigned to before global declaration", 3),
    ('def f():\n    x = 1\n    def g():\n        nonlocal x\n        global x\n',
     "name 'x' is nonlocal and global", 5),
    ('def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n',
     "name 'x' is nonlocal and global", 5),
    ('def f(a):\n    def g(a):\n        nonlocal a\n',
     "name 'a' is parameter and nonlocal", 3),
    ('def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n',
     "name 'x' is assigned to before nonlocal declaration", 5),
    ('def f(a, b, a): pass\n', "duplicate argument 'a' in function definition", 1),
    ('def f(a, *, a): pass\n', "duplicate argument 'a' in function definition", 1),
    ('lambda x, x: 0\n', "duplicate argument 'x' in function definition", 1),
    ('def f():\n    from m import *\n', 'import * only allowed at module level', 2),
    ('def f():\n    return [(yield x) for x in y]\n', "'yield' inside list comprehension", 2),
    ('class C:\n    [(y := x) for x in z]\n',
     'assignment expression within a comprehension cannot be used in a class body', 2),
])
def test_symtable_errors(src, msg, lineno):
    e = symtable_error(src)
    assert e.msg == msg
    assert e.lineno == lineno
    assert e.kind == 'SyntaxError'


# ---------------------------------------------------------------------------
# compiler errors

@pytest.mark.parametrize('src, msg, lineno', [
    ('return 1\n', "'return' outside function", 1),
    ('class C:\n    return\n', "'return' outside function", 2),
    ('x = 1\nbreak\n', "'break' outside loop", 2),
    ('continue\n', "'continue' not properly in loop", 1),
    ('if x:\n    break\n', "'break' outside loop", 2),
    ('for x in y:\n    def f():\n        break\n', "'break' outside loop", 3),
    ('while 1:\n    class C:\n        continue\n', "'continue' not properly in loop", 3),
    ('yield 1\n', "'yield' outside function", 1),
    ('class C:\n    yield\n', "'yield' outside function", 2),
    ('x = yield from y\n', "'yield' outside function", 1),
    ('await x\n', "'await' outside function", 1),
    ('a, *b, *c = d\n', 'multiple starred expressions in assignment', 1),
    ('x = *a\n', "can't use starred expression here", 1),
    ('print(*a, b)\nx = (*a)\n', "can't use starred expression here", 2),
])
def test_compile_errors(src, msg, lineno):
    e = compile_error(src)
    assert e.msg == msg
    assert e.lineno == lineno
    assert e.kind == 'SyntaxError'
    assert not e.incomplete


def test_break_continue_inside_try_and_with_are_fine():
    compile_src('for x in y:\n'
                '    try:\n'
                '        break\n'
                '    finally:\n'
                '        continue\n'
                '    with a:\n'
                '        break\n'
                'while 1:\n'
                '    try:\n'
                '        pass\n'
                '    except E:\n'
                '        continue\n')


def test_errors_through_space_compile_source():
    sp = space()
    with pytest.raises(OperationError) as excinfo:
        sp.compile_source('def f():\n    nonlocal q\n', 'mod.py', 'exec')
    e = excinfo.value
    assert e.match(sp, sp.w_SyntaxError)
    w_exc = e.get_w_value(sp)
    assert sp.str_w(w_exc) == "no binding for nonlocal 'q' found"
    assert sp.int_w(sp.getattr(w_exc, 'lineno')) == 1
    assert sp.str_w(sp.getattr(w_exc, 'filename')) == 'mod.py'
    with pytest.raises(OperationError) as excinfo:
        sp.compile_source('if 1:\n  a\n    b\n', 'mod.py', 'exec')
    assert excinfo.value.match(sp, sp.w_IndentationError)


# ---------------------------------------------------------------------------
# code objects

def test_module_code_object():
    code = compile_src('x = 1\n')
    assert code.co_name == '<module>'
    assert code.co_filename == '<test>'
    assert code.co_argcount == 0
    assert code.co_varnames == []
    assert code.co_cellvars == [] and code.co_freevars == []
    assert 'x' in code.co_names


def test_function_varnames_and_arg_counts():
    src = ('def f(p, /, a, b=1, *args, k, kd=2, **kw):\n'
           '    x = 1\n'
           '    y = p\n'
           '    return g\n')
    f = find_code(compile_src(src), 'f')
    assert f.co_varnames[:8] == ['p', 'a', 'b', 'k', 'kd', 'args', 'kw', 'x']
    assert f.co_varnames == ['p', 'a', 'b', 'k', 'kd', 'args', 'kw', 'x', 'y']
    assert f.co_argcount == 3
    assert f.co_posonlyargcount == 1
    assert f.co_kwonlyargcount == 2
    assert f.co_nlocals == 9
    assert f.total_args() == 7
    assert f.co_flags & bc.CO_VARARGS
    assert f.co_flags & bc.CO_VARKEYWORDS
    assert not f.co_flags & bc.CO_GENERATOR
    assert not f.co_flags & bc.CO_NESTED
    assert 'g' in f.co_names
    assert f.co_firstlineno == 1


def test_function_flags():
    src = ('def plain(): pass\n'
           'def gen():\n    yield\n'
           'async def coro(): pass\n'
           'async def agen():\n    yield\n'
           'def outer():\n    def inner(): pass\n')
    code = compile_src(src)
    plain = find_code(code, 'plain')
    assert not plain.co_flags & (bc.CO_VARARGS | bc.CO_VARKEYWORDS | bc.CO_GENERATOR)
    assert plain.co_flags & bc.CO_OPTIMIZED
    assert find_code(code, 'gen').co_flags & bc.CO_GENERATOR
    assert find_code(code, 'gen').is_generator()
    assert find_code(code, 'coro').co_flags & bc.CO_COROUTINE
    assert find_code(code, 'agen').co_flags & bc.CO_ASYNC_GENERATOR
    assert find_code(code, 'outer.inner').co_flags & bc.CO_NESTED
    assert not plain.is_generator()


def test_closure_code_objects():
    src = ('def f(a):\n'
           '    b = 1\n'
           '    c = 2\n'
           '    def g():\n'
           '        return a + b\n'
           '    return g\n')
    f = find_code(compile_src(src), 'f')
    assert f.co_cellvars == ['a', 'b']
    assert f.co_freevars == []
    assert 'c' in f.co_varnames
    # an argument that is a cell starts out holding the argument
    assert f.cell2arg == [0, -1]
    g = find_code(f, 'g')
    assert g.co_freevars == ['a', 'b']
    assert g.co_cellvars == []
    assert g.co_varnames == []
    assert g.ncells == 2


def test_qualnames():
    src = ('def f():\n'
           '    def g():\n'
           '        pass\n'
           '    h = lambda: 0\n'
           'class C:\n'
           '    def m(self):\n'
           '        return [x for x in self]\n'
           '    class D:\n'
           '        def n(self): pass\n')
    code = compile_src(src)
    assert find_code(code, 'f').co_qualname == 'f'
    assert find_code(code, 'f.g').co_qualname == 'f.<locals>.g'
    assert find_code(code, 'f.<lambda>').co_qualname == 'f.<locals>.<lambda>'
    assert find_code(code, 'C').co_qualname == 'C'
    assert find_code(code, 'C.m').co_qualname == 'C.m'
    assert find_code(code, 'C.m.<listcomp>').co_qualname == 'C.m.<locals>.<listcomp>'
    assert find_code(code, 'C.D.n').co_qualname == 'C.D.n'


def test_class_body_code():
    src = 'class C(B):\n    x = 1\n    def m(self):\n        return super().m()\n'
    c = find_code(compile_src(src), 'C')
    assert c.co_flags & bc.CO_CLASSBODY
    assert c.co_cellvars == ['__class__']
    m = find_code(c, 'm')
    assert m.co_freevars == ['__class__']
    assert m.co_varnames == ['self']


def test_comprehension_code():
    code = compile_src('r = [x * 2 for x in range(3) if x]\ng = (y for y in z)\n')
    lc = find_code(code, '<listcomp>')
    assert lc.co_argcount == 1
    assert lc.co_varnames == ['.0', 'x']
    assert not lc.is_generator()
    ge = find_code(code, '<genexpr>')
    assert ge.is_generator()
    assert ge.co_varnames == ['.0', 'y']


def test_first_line_numbers():
    src = '\n\n@dec\ndef f():\n    pass\n\nclass C:\n    pass\nl = lambda: 0\n'
    code = compile_src(src)
    assert find_code(code, 'f').co_firstlineno == 4
    assert find_code(code, 'C').co_firstlineno == 7
    assert find_code(code, '<lambda>').co_firstlineno == 9


def test_line_table():
    src = 'a = 1\n\nb = 2\nc = (3 +\n     4)\n'
    code = compile_src(src)
    lines = set(code.line_for_pc(pc) for pc in range(len(code.co_code)))
    assert lines <= set([1, 3, 4, 5])
    assert 1 in lines and 3 in lines and 4 in lines


def test_eval_and_single_modes():
    code = compile_src('1 + 2', mode='eval')
    assert code.co_name == '<module>'
    code = compile_src('x = 1\nx\n', mode='single')
    assert code.co_name == '<module>'


def test_optimize_removes_asserts():
    normal = compile_src('assert x, "m"\n')
    optimized = compile_src('assert x, "m"\n', optimize=1)
    assert len(optimized.co_code) < len(normal.co_code)


# ---------------------------------------------------------------------------
# end to end: compile and run through the object space

@pytest.mark.parametrize('src, expected', [
    ('r = 1 + 2 * 3 - 4 // 3', '6'),
    ('r = 2 ** 100', '1267650600228229401496703205376'),
    ('r = -7 // 2, -7 % 2, 7 / 2', '(-4, 1, 3.5)'),
    ('r = 1 < 2 < 3, 1 < 3 < 2, 1 == 1.0', '(True, False, True)'),
    ('r = (0 or "" or [] or 5, 1 and 0 and 2, not 0)', '(5, 0, True)'),
    ('r = "a" "b" * 2 + f"{1 + 1:>3}|{\'x\'!r}"', '"abab  2|\'x\'"'),
    ('r = [i * i for i in range(5) if i % 2]', '[1, 9]'),
    ('r = {k: v for k, v in zip("ab", (1, 2))}', "{'a': 1, 'b': 2}"),
    ('r = sorted({x % 3 for x in range(10)})', '[0, 1, 2]'),
    ('r = sum(x for x in range(101))', '5050'),
    ('r = [(a, b) for a in range(3) for b in range(a)]', '[(1, 0), (2, 0), (2, 1)]'),
    ('a, *b, c = range(5)\nr = (a, b, c)', '(0, [1, 2, 3], 4)'),
    ('(a, [b, c]), d = (1, (2, 3)), 4\nr = a + b + c + d', '10'),
    ('r = [*range(2), *"ab"]', "[0, 1, 'a', 'b']"),
    ('r = {**{"a": 1}, "b": 2}', "{'a': 1, 'b': 2}"),
    ('x = 10\ndef f():\n    return x\nx = 20\nr = f()', '20'),
    ('def f(a, b=2, *c, d, e=5, **k):\n    return (a, b, c, d, e, k)\n'
     'r = f(1, d=4, z=0)', '(1, 2, (), 4, 5, {\'z\': 0})'),
    ('def f(a, /, b):\n    return a - b\nr = f(5, b=3)', '2'),
    ('def f(x=[]):\n    x.append(1)\n    return len(x)\nf()\nr = f()', '2'),
    ('r = (lambda x, y=3: x * y)(4)', '12'),
    ('def mk():\n    fs = []\n    for i in range(3):\n        fs.append(lambda i=i: i)\n'
     '    return fs\nr = [f() for f in mk()]', '[0, 1, 2]'),
    ('def mk():\n    fs = []\n    for i in range(3):\n        fs.append(lambda: i)\n'
     '    return fs\nr = [f() for f in mk()]', '[2, 2, 2]'),
])
def test_run_expressions(src, expected):
    assert result(src) == expected


@pytest.mark.parametrize('src, expected', [
    # closures and nonlocal
    ('def counter():\n'
     '    n = 0\n'
     '    def inc(by=1):\n'
     '        nonlocal n\n'
     '        n += by\n'
     '        return n\n'
     '    return inc\n'
     'c = counter()\nc()\nc(5)\nr = c()', '7'),
    ('def f():\n'
     '    x = 1\n'
     '    def g():\n'
     '        def h():\n'
     '            return x\n'
     '        return h\n'
     '    x = 2\n'
     '    return g()()\n'
     'r = f()', '2'),
    # global
    ('n = 0\ndef bump():\n    global n\n    n += 1\nbump()\nbump()\nr = n', '2'),
    ('def setg():\n    global newname\n    newname = "made"\nsetg()\nr = newname', "'made'"),
    # class scope rules
    ('x = "global"\n'
     'class C:\n'
     '    x = "class"\n'
     '    def m(self):\n'
     '        return x\n'
     '    y = x\n'
     'r = (C().m(), C.y)', "('global', 'class')"),
    ('def f():\n'
     '    x = "f"\n'
     '    class C:\n'
     '        x = "C"\n'
     '        def m(self):\n'
     '            return x\n'
     '    return C.x, C().m()\n'
     'r = f()', "('C', 'f')"),
    ('def f():\n'
     '    x = "f"\n'
     '    class C:\n'
     '        y = x\n'
     '    return C.y\n'
     'r = f()', "'f'"),
    ('class C:\n'
     '    vals = [1, 2]\n'
     '    doubled = [v * 2 for v in vals]\n'
     'r = C.doubled', '[2, 4]'),
    # super and __class__
    ('class A:\n'
     '    def who(self):\n'
     '        return "A"\n'
     'class B(A):\n'
     '    def who(self):\n'
     '        return "B" + super().who()\n'
     '    def cls(self):\n'
     '        return __class__.__name__\n'
     'r = (B().who(), B().cls())', "('BA', 'B')"),
    # name mangling
    ('class C:\n'
     '    __secret = 5\n'
     '    def get(self):\n'
     '        return self.__secret\n'
     'r = (C().get(), hasattr(C, "_C__secret"), hasattr(C, "__secret"))',
     '(5, True, False)'),
    # comprehension scoping
    ('x = "outer"\nl = [x for x in range(3)]\nr = x', "'outer'"),
    ('def f():\n'
     '    k = 10\n'
     '    return [i + k for i in range(3)]\n'
     'r = f()', '[10, 11, 12]'),
    ('def f(xs):\n'
     '    if any((hit := x) > 2 for x in xs):\n'
     '        return hit\n'
     'r = f([1, 5, 7])', '5'),
    ('[(last := i) for i in range(4)]\nr = last', '3'),
    # generators
    ('def g():\n'
     '    x = yield 1\n'
     '    yield x * 2\n'
     'it = g()\nfirst = next(it)\nr = (first, it.send(21))', '(1, 42)'),
    ('def inner():\n'
     '    yield 1\n'
     '    yield 2\n'
     '    return "done"\n'
     'def outer():\n'
     '    res = yield from inner()\n'
     '    yield res\n'
     'r = list(outer())', "[1, 2, 'done']"),
    ('r = list(x * 2 for x in range(3))', '[0, 2, 4]'),
    # control flow
    ('r = []\n'
     'for i in range(10):\n'
     '    if i % 2:\n'
     '        continue\n'
     '    if i > 6:\n'
     '        break\n'
     '    r.append(i)\n'
     'else:\n'
     '    r.append("no")', '[0, 2, 4, 6]'),
    ('r = []\n'
     'for i in range(2):\n'
     '    pass\n'
     'else:\n'
     '    r.append("else")\n'
     'n = 3\n'
     'while n:\n'
     '    n -= 1\n'
     'else:\n'
     '    r.append(n)', "['else', 0]"),
    ('def f():\n'
     '    try:\n'
     '        return "try"\n'
     '    finally:\n'
     '        log.append("finally")\n'
     'log = []\n'
     'r = (f(), log)', "('try', ['finally'])"),
    ('def f():\n'
     '    for i in range(3):\n'
     '        try:\n'
     '            if i == 1:\n'
     '                break\n'
     '        finally:\n'
     '            log.append(i)\n'
     '    return i\n'
     'log = []\n'
     'r = (f(), log)', '(1, [0, 1])'),
    ('def f():\n'
     '    try:\n'
     '        1 / 0\n'
     '    except ZeroDivisionError as e:\n'
     '        return type(e).__name__\n'
     'r = f()', "'ZeroDivisionError'"),
    ('try:\n'
     '    raise ValueError("v")\n'
     'except (TypeError, ValueError) as e:\n'
     '    r = e.args\n', "('v',)"),
    ('try:\n'
     '    pass\n'
     'except Exception:\n'
     '    r = "except"\n'
     'else:\n'
     '    r = "else"\n', "'else'"),
    ('try:\n'
     '    raise KeyError("k")\n'
     'except KeyError as e:\n'
     '    pass\n'
     'r = "e" in dir()', 'False'),
    ('class CM:\n'
     '    def __enter__(self):\n'
     '        log.append("enter")\n'
     '        return self\n'
     '    def __exit__(self, *a):\n'
     '        log.append(a[0].__name__ if a[0] else None)\n'
     '        return True\n'
     'log = []\n'
     'with CM() as c:\n'
     '    raise ValueError\n'
     'with CM():\n'
     '    pass\n'
     'r = log', "['enter', 'ValueError', 'enter', None]"),
    # decorators
    ('def deco(f):\n'
     '    return lambda *a: f(*a) + 1\n'
     '@deco\n'
     '@deco\n'
     'def g(x):\n'
     '    return x\n'
     'r = g(1)', '3'),
    # augmented assignment on attributes and subscripts
    ('class O: pass\n'
     'o = O()\no.v = 1\no.v += 2\n'
     'd = {"k": [1]}\nd["k"] += [2]\nd["k"][0] *= 10\n'
     'r = (o.v, d)', "(3, {'k': [10, 2]})"),
    # del
    ('x = 1\ndel x\nr = "x" in dir()', 'False'),
    ('l = [1, 2, 3, 4]\ndel l[1:3], l[0]\nr = l', '[4]'),
    # docstrings
    ('"""module doc"""\nr = __doc__', "'module doc'"),
    # recursion
    ('def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nr = fib(15)', '610'),
    # default args evaluated at definition time
    ('v = 1\ndef f(a=v):\n    return a\nv = 2\nr = f()', '1'),
    # keyword-only defaults
    ('def f(*, a=1, b):\n    return a, b\nr = f(b=2)', '(1, 2)'),
    # star-args and kwargs in calls
    ('def f(*a, **k):\n    return a, sorted(k.items())\n'
     'r = f(1, *[2, 3], x=1, **{"y": 2})', "((1, 2, 3), [('x', 1), ('y', 2)])"),
    # metaclass keyword and class keywords
    ('class Meta(type):\n'
     '    pass\n'
     'class C(metaclass=Meta):\n'
     '    pass\n'
     'r = type(C).__name__', "'Meta'"),
])
def test_run_programs(src, expected):
    assert result(src) == expected


def test_assert_and_optimize():
    assert run_error('assert 1 == 2, "msg"') == ('AssertionError', 'msg', 1)
    assert result('assert 1 == 2\nr = "skipped"', optimize=1) == "'skipped'"
    assert result('r = __debug__ if False else 1') == '1'


@pytest.mark.parametrize('src, expected', [
    ('x = 1\ny = undefined_name\n', ('NameError', "name 'undefined_name' isn't defined", 2)),
    ('def f():\n    return 1 / 0\n\nf()\n', ('ZeroDivisionError', 'divide by zero', 2)),
    ('def f():\n    x += 1\nf()\n', None),
    ('a, b = [1, 2, 3]\n', None),
    ('raise ValueError("bad")\n', ('ValueError', 'bad', 1)),
    ('def f():\n    return f()\nf()\n', ('RuntimeError', 'maximum recursion depth exceeded', 2)),
])
def test_run_errors(src, expected):
    name, msg, line = run_error(src)
    if expected is None:
        assert name in ('UnboundLocalError', 'NameError', 'ValueError')
    else:
        assert (name, msg, line) == expected


def test_class_body_name_bound_later_is_not_looked_up_in_function():
    # as in CPython: x is local to the class body, so `y = x` skips f's x
    name, msg, line = run_error('def f():\n'
                                '    x = "f"\n'
                                '    class C:\n'
                                '        y = x\n'
                                '        x = "C"\n'
                                'f()\n')
    assert (name, line) == ('NameError', 4)


def test_return_inside_handlers_and_blocks():
    # `return` unwinding except/finally/with blocks (used to trip the
    # compiler's stack-depth check)
    src = ('class CM:\n'
           '    def __enter__(self):\n'
           '        return self\n'
           '    def __exit__(self, *a):\n'
           '        log.append("exit")\n'
           'log = []\n'
           'def a():\n'
           '    try:\n'
           '        1 / 0\n'
           '    except ZeroDivisionError as e:\n'
           '        return type(e).__name__\n'
           'def b():\n'
           '    try:\n'
           '        return "try"\n'
           '    finally:\n'
           '        return "finally"\n'
           'def c():\n'
           '    for i in range(3):\n'
           '        with CM():\n'
           '            try:\n'
           '                if i == 1:\n'
           '                    return i\n'
           '            finally:\n'
           '                log.append(i)\n'
           'def d():\n'
           '    try:\n'
           '        raise ValueError\n'
           '    except:\n'
           '        return "bare"\n'
           'r = (a(), b(), c(), d(), log)\n')
    assert result(src) == "('ZeroDivisionError', 'finally', 1, 'bare', [0, 'exit', 1, 'exit'])"


def test_unbound_local():
    name, msg, line = run_error('x = 1\ndef f():\n    print(x)\n    x = 2\nf()\n')
    assert name in ('UnboundLocalError', 'NameError')
    assert line == 3


def test_free_variable_referenced_before_assignment():
    name, msg, line = run_error('def f():\n    def g():\n        return x\n'
                                '    g()\n    x = 1\nf()\n')
    assert name == 'NameError'
    assert line == 3


def test_exception_traceback_lines():
    src = ('def a():\n'
           '    b()\n'
           '\n'
           'def b():\n'
           '    raise KeyError(1)\n'
           '\n'
           'a()\n')
    sp = space()
    with pytest.raises(OperationError) as excinfo:
        run(src)
    tb = excinfo.value.tb
    entries = []
    while tb is not None:
        entries.append((tb.filename, tb.lineno, tb.name))
        tb = tb.next
    assert entries == [('<test>', 7, '<module>'), ('<test>', 2, 'a'), ('<test>', 5, 'b')]
