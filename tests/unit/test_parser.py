"""Parser tests: AST shapes (via astnodes.dump), positions, syntax errors with
line/column, and the incomplete-input flag the REPL relies on."""
import pytest

from interp import astnodes as ast
from interp.astnodes import dump
from interp.parser import parse, ParseError


def p(src, mode='exec'):
    return parse(src, '<test>', mode)


def stmts(src):
    """The dump of each top-level statement."""
    return [dump(s) for s in p(src).body]


def one(src):
    body = p(src).body
    assert len(body) == 1
    return dump(body[0])


def expr(src):
    return dump(p(src, 'eval').body)


def error(src, mode='exec'):
    with pytest.raises(ParseError) as excinfo:
        p(src, mode)
    return excinfo.value


# ---------------------------------------------------------------------------
# modes

def test_modes():
    assert isinstance(p('x\n'), ast.Module)
    assert isinstance(p('x', 'eval'), ast.Expression)
    assert isinstance(p('x\n', 'single'), ast.Interactive)
    assert dump(p('x = 1; y = 2\n', 'single')) == \
        "Interactive([Assign([Name('x', Store)], Int('1')), " \
        "Assign([Name('y', Store)], Int('2'))])"


def test_bad_mode():
    e = error('x', 'bogus')
    assert 'mode' in e.msg


def test_empty_module():
    assert dump(p('')) == 'Module([])'
    assert dump(p('\n\n# only a comment\n')) == 'Module([])'


def test_eval_mode():
    assert expr('1, 2') == "Tuple([Int('1'), Int('2')], Load)"
    assert expr('  x  \n\n') == "Name('x', Load)"
    assert error('x = 1', 'eval').msg == 'invalid syntax'
    assert error('1\n2', 'eval').msg == 'invalid syntax'


# ---------------------------------------------------------------------------
# simple statements

@pytest.mark.parametrize('src, expected', [
    ('x = 1', "Assign([Name('x', Store)], Int('1'))"),
    ('a = b = c', "Assign([Name('a', Store), Name('b', Store)], Name('c', Load))"),
    ('a, b = b, a',
     "Assign([Tuple([Name('a', Store), Name('b', Store)], Store)], "
     "Tuple([Name('b', Load), Name('a', Load)], Load))"),
    ('[a, *b] = c',
     "Assign([List([Name('a', Store), Starred(Name('b', Store), Store)], Store)], "
     "Name('c', Load))"),
    ('a, = b', "Assign([Tuple([Name('a', Store)], Store)], Name('b', Load))"),
    ('x.y = 1', "Assign([Attribute(Name('x', Load), 'y', Store)], Int('1'))"),
    ('x[0] = 1', "Assign([Subscript(Name('x', Load), Int('0'), Store)], Int('1'))"),
    ('x = yield', "Assign([Name('x', Store)], Yield(None))"),
    ('a += 1', "AugAssign(Name('a', Store), Add, Int('1'))"),
    ('a.b //= 2', "AugAssign(Attribute(Name('a', Load), 'b', Store), FloorDiv, Int('2'))"),
    ('a[i] **= 2', "AugAssign(Subscript(Name('a', Load), Name('i', Load), Store), Pow, Int('2'))"),
    ('a @= b', "AugAssign(Name('a', Store), MatMult, Name('b', Load))"),
    ('a >>= b', "AugAssign(Name('a', Store), RShift, Name('b', Load))"),
    ('x: int', "AnnAssign(Name('x', Store), Name('int', Load), None, 1)"),
    ('x: int = 5', "AnnAssign(Name('x', Store), Name('int', Load), Int('5'), 1)"),
    ('(x): int = 5', "AnnAssign(Name('x', Store), Name('int', Load), Int('5'), 0)"),
    ('a.b: int', "AnnAssign(Attribute(Name('a', Load), 'b', Store), Name('int', Load), None, 0)"),
    ('pass', 'Pass()'),
    ('del a, b[0], c.d',
     "Delete([Name('a', Del), Subscript(Name('b', Load), Int('0'), Del), "
     "Attribute(Name('c', Load), 'd', Del)])"),
    ('del (a, b)', "Delete([Tuple([Name('a', Del), Name('b', Del)], Del)])"),
    ('return', 'Return(None)'),
    ('return 1, 2', "Return(Tuple([Int('1'), Int('2')], Load))"),
    ('return *a, b', "Return(Tuple([Starred(Name('a', Load), Load), Name('b', Load)], Load))"),
    ('raise', 'Raise(None, None)'),
    ('raise E', "Raise(Name('E', Load), None)"),
    ('raise E from c', "Raise(Name('E', Load), Name('c', Load))"),
    ('global a, b', "Global(['a', 'b'])"),
    ('nonlocal a', "Nonlocal(['a'])"),
    ('assert x', "Assert(Name('x', Load), None)"),
    ('assert x, "m"', "Assert(Name('x', Load), Str('m'))"),
    ('import a', "Import([alias('a', None)])"),
    ('import a.b.c as d, e', "Import([alias('a.b.c', 'd'), alias('e', None)])"),
    ('from a import b', "ImportFrom('a', [alias('b', None)], 0)"),
    ('from a.b import c as d, e', "ImportFrom('a.b', [alias('c', 'd'), alias('e', None)], 0)"),
    ('from . import x', "ImportFrom(None, [alias('x', None)], 1)"),
    ('from .. import (a as b, c,)', "ImportFrom(None, [alias('a', 'b'), alias('c', None)], 2)"),
    ('from ...m import *', "ImportFrom('m', [alias('*', None)], 3)"),
    ('from .... import x', "ImportFrom(None, [alias('x', None)], 4)"),
    ('f(x)', "Expr(Call(Name('f', Load), [Name('x', Load)], []))"),
    ('yield x', "Expr(Yield(Name('x', Load)))"),
    ('yield from g', "Expr(YieldFrom(Name('g', Load)))"),
    ('...', 'Expr(EllipsisConst())'),
    ('break', 'Break()'),
    ('continue', 'Continue()'),
])
def test_simple_statements(src, expected):
    assert one(src) == expected
    assert one(src + '\n') == expected


def test_semicolons():
    assert stmts('a; b; c\n') == ["Expr(Name('a', Load))", "Expr(Name('b', Load))",
                                  "Expr(Name('c', Load))"]
    assert stmts('a;\n') == ["Expr(Name('a', Load))"]


# ---------------------------------------------------------------------------
# compound statements

def test_if_elif_else():
    assert one('if a:\n    x\nelif b:\n    y\nelse:\n    z\n') == (
        "If(Name('a', Load), [Expr(Name('x', Load))], "
        "[If(Name('b', Load), [Expr(Name('y', Load))], [Expr(Name('z', Load))])])")


def test_one_line_suites():
    assert one('if a: b; c') == ("If(Name('a', Load), [Expr(Name('b', Load)), "
                                 "Expr(Name('c', Load))], [])")
    assert one('while 1: pass') == "While(Int('1'), [Pass()], [])"


def test_while_else():
    assert one('while a:\n    break\nelse:\n    pass\n') == \
        "While(Name('a', Load), [Break()], [Pass()])"


def test_for():
    assert one('for x in y:\n    pass\n') == \
        "For(Name('x', Store), Name('y', Load), [Pass()], [])"
    assert one('for a, (b, c) in d, e:\n    pass\nelse:\n    continue\n') == (
        "For(Tuple([Name('a', Store), Tuple([Name('b', Store), Name('c', Store)], "
        "Store)], Store), Tuple([Name('d', Load), Name('e', Load)], Load), [Pass()], "
        "[Continue()])")
    assert one('for x, in y: pass') == \
        "For(Tuple([Name('x', Store)], Store), Name('y', Load), [Pass()], [])"
    assert one('for *a, b in c: pass') == (
        "For(Tuple([Starred(Name('a', Store), Store), Name('b', Store)], Store), "
        "Name('c', Load), [Pass()], [])")


def test_try():
    src = ('try:\n    a\nexcept E as e:\n    b\nexcept (F, G):\n    c\n'
           'except:\n    d\nelse:\n    f\nfinally:\n    g\n')
    assert one(src) == (
        "Try([Expr(Name('a', Load))], [ExceptHandler(Name('E', Load), 'e', "
        "[Expr(Name('b', Load))]), ExceptHandler(Tuple([Name('F', Load), "
        "Name('G', Load)], Load), None, [Expr(Name('c', Load))]), "
        "ExceptHandler(None, None, [Expr(Name('d', Load))])], "
        "[Expr(Name('f', Load))], [Expr(Name('g', Load))])")
    assert one('try:\n    a\nfinally:\n    b\n') == \
        "Try([Expr(Name('a', Load))], [], [], [Expr(Name('b', Load))])"


def test_with():
    assert one('with a as b, c:\n    pass\n') == (
        "With([withitem(Name('a', Load), Name('b', Store)), "
        "withitem(Name('c', Load), None)], [Pass()])")
    assert one('with a as (b, c): pass') == (
        "With([withitem(Name('a', Load), Tuple([Name('b', Store), "
        "Name('c', Store)], Store))], [Pass()])")


def test_funcdef():
    assert one('def f(): pass') == (
        "FunctionDef('f', arguments([], [], None, [], [], None, []), [Pass()], [], None)")
    assert one('def f(a, /, b=1, *c, d, e=2, **g) -> int:\n    return a\n') == (
        "FunctionDef('f', arguments([arg('a', None)], [arg('b', None)], arg('c', None), "
        "[arg('d', None), arg('e', None)], [None, Int('2')], arg('g', None), "
        "[Int('1')]), [Return(Name('a', Load))], [], Name('int', Load))")
    assert one('def f(a: int, *, b: str = "x"): pass') == (
        "FunctionDef('f', arguments([], [arg('a', Name('int', Load))], None, "
        "[arg('b', Name('str', Load))], [Str('x')], None, []), [Pass()], [], None)")
    assert one('def f(a, b,): pass') == (
        "FunctionDef('f', arguments([], [arg('a', None), arg('b', None)], None, [], "
        "[], None, []), [Pass()], [], None)")


def test_decorators():
    assert one('@a\n@b.c(1)\ndef f():\n    pass\n') == (
        "FunctionDef('f', arguments([], [], None, [], [], None, []), [Pass()], "
        "[Name('a', Load), Call(Attribute(Name('b', Load), 'c', Load), "
        "[Int('1')], [])], None)")
    assert one('@d\nclass C: pass') == "ClassDef('C', [], [], [Pass()], [Name('d', Load)])"


def test_classdef():
    assert one('class A: pass') == "ClassDef('A', [], [], [Pass()], [])"
    assert one('class A(): pass') == "ClassDef('A', [], [], [Pass()], [])"
    assert one('class A(B, C, metaclass=M, **kw):\n    x = 1\n') == (
        "ClassDef('A', [Name('B', Load), Name('C', Load)], [keyword('metaclass', "
        "Name('M', Load)), keyword(None, Name('kw', Load))], "
        "[Assign([Name('x', Store)], Int('1'))], [])")


def test_async():
    assert one('async def f():\n    await x\n') == (
        "AsyncFunctionDef('f', arguments([], [], None, [], [], None, []), "
        "[Expr(Await(Name('x', Load)))], [], None)")
    src = 'async def f():\n    async for a in b: pass\n    async with c as d: pass\n'
    body = p(src).body[0].body
    assert dump(body[0]) == "AsyncFor(Name('a', Store), Name('b', Load), [Pass()], [])"
    assert dump(body[1]) == "AsyncWith([withitem(Name('c', Load), Name('d', Store))], [Pass()])"


def test_nested_blocks_and_dedent():
    src = ('def f():\n'
           '    if a:\n'
           '        for x in y:\n'
           '            pass\n'
           '    return 1\n'
           'g()\n')
    body = p(src).body
    assert len(body) == 2
    f = body[0]
    assert [type(s).__name__ for s in f.body] == ['If', 'Return']
    assert dump(body[1]) == "Expr(Call(Name('g', Load), [], []))"


# ---------------------------------------------------------------------------
# expressions

@pytest.mark.parametrize('src, expected', [
    # precedence and associativity
    ('1 + 2 * 3', "BinOp(Int('1'), Add, BinOp(Int('2'), Mult, Int('3')))"),
    ('(1 + 2) * 3', "BinOp(BinOp(Int('1'), Add, Int('2')), Mult, Int('3'))"),
    ('a - b - c', "BinOp(BinOp(Name('a', Load), Sub, Name('b', Load)), Sub, Name('c', Load))"),
    ('a ** b ** c', "BinOp(Name('a', Load), Pow, BinOp(Name('b', Load), Pow, Name('c', Load)))"),
    ('-x ** 2', "UnaryOp(USub, BinOp(Name('x', Load), Pow, Int('2')))"),
    ('2 ** -x', "BinOp(Int('2'), Pow, UnaryOp(USub, Name('x', Load)))"),
    ('~+-x', "UnaryOp(Invert, UnaryOp(UAdd, UnaryOp(USub, Name('x', Load))))"),
    ('a | b ^ c & d',
     "BinOp(Name('a', Load), BitOr, BinOp(Name('b', Load), BitXor, "
     "BinOp(Name('c', Load), BitAnd, Name('d', Load))))"),
    ('a << b + c', "BinOp(Name('a', Load), LShift, BinOp(Name('b', Load), Add, Name('c', Load)))"),
    ('a // b % c @ d / e',
     "BinOp(BinOp(BinOp(BinOp(Name('a', Load), FloorDiv, Name('b', Load)), Mod, "
     "Name('c', Load)), MatMult, Name('d', Load)), Div, Name('e', Load))"),
    ('a or b and not c',
     "BoolOp(Or, [Name('a', Load), BoolOp(And, [Name('b', Load), "
     "UnaryOp(Not, Name('c', Load))])])"),
    ('a or b or c', "BoolOp(Or, [Name('a', Load), Name('b', Load), Name('c', Load)])"),
    ('not a == b', "UnaryOp(Not, Compare(Name('a', Load), [Eq], [Name('b', Load)]))"),
    ('a < b <= c', "Compare(Name('a', Load), [Lt, LtE], [Name('b', Load), Name('c', Load)])"),
    ('a is not b', "Compare(Name('a', Load), [IsNot], [Name('b', Load)])"),
    ('a not in b', "Compare(Name('a', Load), [NotIn], [Name('b', Load)])"),
    ('a in b != c > d >= e is f',
     "Compare(Name('a', Load), [In, NotEq, Gt, GtE, Is], [Name('b', Load), "
     "Name('c', Load), Name('d', Load), Name('e', Load), Name('f', Load)])"),
    ('a if b else c', "IfExp(Name('b', Load), Name('a', Load), Name('c', Load))"),
    ('a if b else c if d else e',
     "IfExp(Name('b', Load), Name('a', Load), IfExp(Name('d', Load), "
     "Name('c', Load), Name('e', Load)))"),
    ('lambda: 0', "Lambda(arguments([], [], None, [], [], None, []), Int('0'))"),
    ('lambda x, *y, z=1, **k: x',
     "Lambda(arguments([], [arg('x', None)], arg('y', None), [arg('z', None)], "
     "[Int('1')], arg('k', None), []), Name('x', Load))"),
    ('(x := 5)', "NamedExpr(Name('x', Store), Int('5'))"),
    # atoms and trailers
    ('a.b.c', "Attribute(Attribute(Name('a', Load), 'b', Load), 'c', Load)"),
    ('f()()', "Call(Call(Name('f', Load), [], []), [], [])"),
    ('f(a, *b, c=1, **d)',
     "Call(Name('f', Load), [Name('a', Load), Starred(Name('b', Load), Load)], "
     "[keyword('c', Int('1')), keyword(None, Name('d', Load))])"),
    ('f(x for x in y)',
     "Call(Name('f', Load), [GeneratorExp(Name('x', Load), [comprehension("
     "Name('x', Store), Name('y', Load), [], 0)])], [])"),
    ('f(a,)', "Call(Name('f', Load), [Name('a', Load)], [])"),
    ('f(*a, *b)',
     "Call(Name('f', Load), [Starred(Name('a', Load), Load), Starred(Name('b', Load), Load)], [])"),
    ('x[1]', "Subscript(Name('x', Load), Int('1'), Load)"),
    ('x[1:2]', "Subscript(Name('x', Load), Slice(Int('1'), Int('2'), None), Load)"),
    ('x[::]', "Subscript(Name('x', Load), Slice(None, None, None), Load)"),
    ('x[::2]', "Subscript(Name('x', Load), Slice(None, None, Int('2')), Load)"),
    ('x[a:]', "Subscript(Name('x', Load), Slice(Name('a', Load), None, None), Load)"),
    ('x[1, 2]', "Subscript(Name('x', Load), Tuple([Int('1'), Int('2')], Load), Load)"),
    ('x[1:2, ...]',
     "Subscript(Name('x', Load), Tuple([Slice(Int('1'), Int('2'), None), "
     "EllipsisConst()], Load), Load)"),
    ('()', 'Tuple([], Load)'),
    ('(1,)', "Tuple([Int('1')], Load)"),
    ('(1)', "Int('1')"),
    ('(yield)', 'Yield(None)'),
    ('[]', 'List([], Load)'),
    ('[1, *a,]', "List([Int('1'), Starred(Name('a', Load), Load)], Load)"),
    ('{}', 'Dict([], [])'),
    ('{1: 2, **d, 3: 4}',
     "Dict([Int('1'), None, Int('3')], [Int('2'), Name('d', Load), Int('4')])"),
    ('{1, 2,}', "Set([Int('1'), Int('2')])"),
    ('{*a}', "Set([Starred(Name('a', Load), Load)])"),
    ('[x for x in y if x if z for w in x]',
     "ListComp(Name('x', Load), [comprehension(Name('x', Store), Name('y', Load), "
     "[Name('x', Load), Name('z', Load)], 0), comprehension(Name('w', Store), "
     "Name('x', Load), [], 0)])"),
    ('{x for x in y}',
     "SetComp(Name('x', Load), [comprehension(Name('x', Store), Name('y', Load), [], 0)])"),
    ('{k: v for k, v in d}',
     "DictComp(Name('k', Load), Name('v', Load), [comprehension(Tuple([Name('k', Store), "
     "Name('v', Store)], Store), Name('d', Load), [], 0)])"),
    ('(x for x in y)',
     "GeneratorExp(Name('x', Load), [comprehension(Name('x', Store), Name('y', Load), [], 0)])"),
    ('[x async for x in y]',
     "ListComp(Name('x', Load), [comprehension(Name('x', Store), Name('y', Load), [], 1)])"),
    ('[x for x in (lambda: y)]',
     "ListComp(Name('x', Load), [comprehension(Name('x', Store), Lambda(arguments([], [], "
     "None, [], [], None, []), Name('y', Load)), [], 0)])"),
    ('[x for x in a if lambda: b]',
     "ListComp(Name('x', Load), [comprehension(Name('x', Store), Name('a', Load), "
     "[Lambda(arguments([], [], None, [], [], None, []), Name('b', Load))], 0)])"),
    ('None, True, False, ...', 'Tuple([NoneConst(), TrueConst(), FalseConst(), EllipsisConst()], Load)'),
    ('await x', "Await(Name('x', Load))"),
    ('await f(x).y', "Await(Attribute(Call(Name('f', Load), [Name('x', Load)], []), 'y', Load))"),
])
def test_expressions(src, expected):
    assert expr(src) == expected


# ---------------------------------------------------------------------------
# literals

@pytest.mark.parametrize('src, expected', [
    ('0', "Int('0')"),
    ('1_000', "Int('1000')"),
    ('0xFF', "Int('0xFF')"),
    ('0o17', "Int('0o17')"),
    ('0b101', "Int('0b101')"),
    ('123456789012345678901234567890', "Int('123456789012345678901234567890')"),
    ('1.5', 'Float(1.5)'),
    ('1.', 'Float(1.0)'),
    ('.25', 'Float(0.25)'),
    ('1e3', 'Float(1000.0)'),
    ('1_0.5e-1', 'Float(1.05)'),
    ('2j', 'Imag(2.0)'),
    ('1.5J', 'Imag(1.5)'),
    ('0777.5', 'Float(777.5)'),
])
def test_numbers(src, expected):
    assert expr(src) == expected


@pytest.mark.parametrize('src, expected', [
    ("'abc'", "Str('abc')"),
    ('"a" \'b\' """c"""', "Str('abc')"),
    ("'a\\nb\\tc'", "Str('a\\nb\\tc')"),
    ("r'a\\nb'", "Str('a\\\\nb')"),
    ("R'\\''", "Str(\"\\\\'\")"),
    ("'\\x41\\101\\u00e9\\U0001F600'", "Str('AA\\xc3\\xa9\\xf0\\x9f\\x98\\x80')"),
    ("'\\a\\b\\f\\v\\r\\0'", "Str('\\x07\\x08\\x0c\\x0b\\r\\x00')"),
    ("'\\q'", "Str('\\\\q')"),
    ("'a\\\nb'", "Str('ab')"),
    ("'''a\nb'''", "Str('a\\nb')"),
    ("u'x'", "Str('x')"),
    ("'\xc3\xa9'", "Str('\\xc3\\xa9')"),
    ("b'abc'", "Bytes('abc')"),
    ("b'\\x00\\xff\\377'", "Bytes('\\x00\\xff\\xff')"),
    ("b'\\u00e9'", "Bytes('\\\\u00e9')"),
    ("rb'\\x00'", "Bytes('\\\\x00')"),
    ("Br'a' b'c'", "Bytes('ac')"),
])
def test_strings(src, expected):
    assert expr(src) == expected


@pytest.mark.parametrize('src, expected', [
    ("f'abc'", "JoinedStr([Str('abc')])"),
    ("f'{x}'", "JoinedStr([FormattedValue(Name('x', Load), -1, None)])"),
    ("f'a{x!r}b'",
     "JoinedStr([Str('a'), FormattedValue(Name('x', Load), 114, None), Str('b')])"),
    ("f'{x!s:>10}'",
     "JoinedStr([FormattedValue(Name('x', Load), 115, JoinedStr([Str('>10')]))])"),
    ("f'{x:{w}.{p}}'",
     "JoinedStr([FormattedValue(Name('x', Load), -1, JoinedStr([FormattedValue("
     "Name('w', Load), -1, None), Str('.'), FormattedValue(Name('p', Load), -1, None)]))])"),
    ("f'{{}}'", "JoinedStr([Str('{}')])"),
    ("f'{a + b}'",
     "JoinedStr([FormattedValue(BinOp(Name('a', Load), Add, Name('b', Load)), -1, None)])"),
    ("f'{d[\"k\"]}'",
     "JoinedStr([FormattedValue(Subscript(Name('d', Load), Str('k'), Load), -1, None)])"),
    ("'a' f'{x}' 'b'",
     "JoinedStr([Str('a'), FormattedValue(Name('x', Load), -1, None), Str('b')])"),
    ("rf'\\n{x}'", "JoinedStr([Str('\\\\n'), FormattedValue(Name('x', Load), -1, None)])"),
    ("f'{x!a}'", "JoinedStr([FormattedValue(Name('x', Load), 97, None)])"),
    ("f'{(lambda: 1)()}'",
     "JoinedStr([FormattedValue(Call(Lambda(arguments([], [], None, [], [], None, []), "
     "Int('1')), [], []), -1, None)])"),
])
def test_fstrings(src, expected):
    assert expr(src) == expected


@pytest.mark.parametrize('src, msg', [
    ("f'{x!z}'", "f-string: invalid conversion character: expected 's', 'r', or 'a'"),
    ("f'{}'", 'f-string: empty expression not allowed'),
    ("f'{x'", "f-string: expecting '}'"),
    ("f'}'", "f-string: single '}' is not allowed"),
    ("f'{x#}'", "f-string expression part cannot include '#'"),
])
def test_fstring_errors(src, msg):
    e = error(src)
    assert e.msg == msg
    assert e.kind == 'SyntaxError'
    assert e.lineno == 1


@pytest.mark.parametrize('src, msg', [
    ("'a' b'b'", 'cannot mix bytes and nonbytes literals'),
    ("b'a' 'b'", 'cannot mix bytes and nonbytes literals'),
    ("b'\xc3\xa9'", 'bytes can only contain ASCII literal characters'),
    ("'\\x4'", 'invalid \\x escape'),
    ("'\\u12'", 'truncated \\uXXXX escape'),
])
def test_string_errors(src, msg):
    assert error(src).msg == msg


# ---------------------------------------------------------------------------
# positions (lineno 1-based, col_offset 0-based)

def test_statement_positions():
    src = ('x = 1\n'
           '\n'
           'if y:\n'
           '    z += 2\n'
           '    def f():\n'
           '        return 3\n'
           'class C:\n'
           '  pass\n')
    body = p(src).body
    assert [(s.lineno, s.col_offset) for s in body] == [(1, 0), (3, 0), (7, 0)]
    if_ = body[1]
    assert [(s.lineno, s.col_offset) for s in if_.body] == [(4, 4), (5, 4)]
    f = if_.body[1]
    assert (f.body[0].lineno, f.body[0].col_offset) == (6, 8)
    assert (body[2].body[0].lineno, body[2].body[0].col_offset) == (8, 2)


def test_expression_positions():
    st = p('x = foo(bar, b=[1, y.z])\n').body[0]
    call = st.value
    assert (call.lineno, call.col_offset) == (1, 4)
    assert (call.args[0].lineno, call.args[0].col_offset) == (1, 8)
    lst = call.keywords[0].value
    assert (lst.lineno, lst.col_offset) == (1, 15)
    attr = lst.elts[1]
    assert (attr.lineno, attr.col_offset) == (1, 19)
    assert (attr.value.lineno, attr.value.col_offset) == (1, 19)
    assert (st.targets[0].lineno, st.targets[0].col_offset) == (1, 0)


def test_binop_position_is_left_operand():
    e = p('a * b + c', 'eval').body
    assert (e.lineno, e.col_offset) == (1, 0)
    assert (e.right.lineno, e.right.col_offset) == (1, 8)
    # eval input may start with an indent; a parenthesized operand spans lines
    e = p('  (a +\n b) * c', 'eval').body
    assert isinstance(e, ast.BinOp)
    assert e.lineno == 1
    assert (e.left.lineno, e.left.col_offset) == (1, 3)
    assert (e.left.right.lineno, e.left.right.col_offset) == (2, 1)
    assert (e.right.lineno, e.right.col_offset) == (2, 6)


def test_positions_after_multiline_constructs():
    src = ('s = """a\n'
           'b"""; t = (1,\n'
           '          2)\n'
           'u = 3\n')
    body = p(src).body
    assert [(s.lineno, s.col_offset) for s in body] == [(1, 0), (2, 6), (4, 0)]


def test_decorated_def_position():
    src = '@dec\n@dec2(1)\ndef f():\n    pass\n'
    f = p(src).body[0]
    assert f.lineno == 3
    assert f.decorator_list[1].lineno == 2


def test_fstring_expression_positions():
    e = p("x = 1\ny = f'ab{zz}'\n").body[1].value
    fv = e.values[1]
    assert isinstance(fv, ast.FormattedValue)
    name = fv.value
    assert isinstance(name, ast.Name) and name.id == 'zz'
    assert name.lineno == 2


def test_arg_positions():
    f = p('def f(a,\n      b=1): pass').body[0]
    assert [(a.arg, a.lineno, a.col_offset) for a in f.args.args] == [
        ('a', 1, 6), ('b', 2, 6)]


# ---------------------------------------------------------------------------
# syntax errors: message, line and (1-based) column

@pytest.mark.parametrize('src, msg, lineno, offset', [
    ('x = = 1', 'invalid syntax', 1, 5),
    ('if x\n    pass\n', 'invalid syntax', 1, 5),
    ('x = 1\ny = )\n', 'invalid syntax', 2, 5),
    ('def f(:\n', 'invalid syntax', 1, 7),
    ('def if(): pass', 'invalid syntax', 1, 5),
    ('class (A): pass', 'invalid syntax', 1, 7),
    ('import', 'invalid syntax', 1, 7),
    ('from import x', 'invalid syntax', 1, 6),
    ('from x import', 'invalid syntax', 1, 14),
    ('x := 1', 'invalid syntax', 1, 3),
    ('f(a for a in b, c)', 'Generator expression must be parenthesized', 1, 1),
    ('f(a=1, b)', 'positional argument follows keyword argument', 1, 8),
    ('f(**a, b)', 'positional argument follows keyword argument unpacking', 1, 8),
    ('f(**a, *b)', 'iterable argument unpacking follows keyword argument unpacking', 1, 8),
    ('f(1 = 2)', "keyword can't be an expression", 1, 3),
    ('def f(a=1, b): pass', 'non-default argument follows default argument', 1, 12),
    ('def f(*): pass', 'named arguments must follow bare *', 1, 8),
    ('def f(*, **k): pass', 'named arguments must follow bare *', 1, 13),
    ('def f(*a, *b): pass', 'invalid syntax', 1, 11),
    ('def f(**a, b): pass', 'invalid syntax', 1, 12),
    ('def f(/, a): pass', 'invalid syntax', 1, 7),
    ('1 = x', "can't assign to expression", 1, 1),
    ('f() = 1', "can't assign to expression", 1, 1),
    ('x + 1 = 2', "can't assign to expression", 1, 1),
    ('(a, 1) = b', "can't assign to expression", 1, 5),
    ('for 1 in x: pass', "can't assign to expression", 1, 5),
    ('with a as 1: pass', "can't assign to expression", 1, 11),
    ('[x for 1 in y]', "can't assign to expression", 1, 8),
    ('(a.b := 1)', "can't assign to expression", 1, 2),
    ('del f()', "can't delete expression", 1, 5),
    ('del *a', "can't use starred expression here", 1, 5),
    ('*a', "can't use starred expression here", 1, 1),
    ('*a = b', 'starred assignment target must be in a list or tuple', 1, 1),
    ('x + 1 += 2', 'illegal expression for augmented assignment', 1, 1),
    ('(a, b) += 2', 'illegal expression for augmented assignment', 1, 1),
    ('a, b: int', 'only single target (not tuple) can be annotated', 1, 1),
    ('[a]: int', 'only single target (not list) can be annotated', 1, 1),
    ('f(): int', 'illegal target for annotation', 1, 1),
    ('{*a: 1}', 'invalid syntax', 1, 2),
    ('try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n',
     "default 'except:' must be last", 5, 1),
    ('try:\n    pass\nx = 1\n', 'invalid syntax', 3, 1),
    ('lambda x=1, y: 0', 'non-default argument follows default argument', 1, 13),
    ('a b', 'invalid syntax', 1, 3),
    ('print "x"', 'invalid syntax', 1, 7),
    ('x = 1 if y', 'invalid syntax', 1, 11),
    ('@dec\nx = 1', 'invalid syntax', 2, 1),
    ('a.1', 'invalid syntax', 1, 2),
    ('[x for x in lambda: y]', 'invalid syntax', 1, 13),
])
def test_syntax_errors(src, msg, lineno, offset):
    e = error(src)
    assert e.kind == 'SyntaxError'
    assert (e.msg, e.lineno, e.offset) == (msg, lineno, offset)


@pytest.mark.parametrize('src, msg, lineno, offset', [
    ('a\n  b\n', 'unexpected indent', 2, 3),
    ('  a\n', 'unexpected indent', 1, 3),
    ('if x:\n    a\n  b\n', "unindent doesn't match any outer indentation level", 3, 3),
    ('if x:\npass\n', 'expected an indented block', 2, 1),
    ('def f():\n    """doc"""\n        x\n', 'unexpected indent', 3, 9),
])
def test_indentation_errors(src, msg, lineno, offset):
    e = error(src)
    assert e.kind == 'IndentationError'
    assert (e.msg, e.lineno, e.offset) == (msg, lineno, offset)


def test_deep_nesting_is_an_error_not_a_crash():
    e = error('-' * 100000 + '1')
    assert e.kind == 'SyntaxError'
    e = error('(' * 1000 + ')' * 1000)
    assert e.kind == 'SyntaxError'


def test_moderate_nesting_ok():
    assert expr('(' * 20 + 'x' + ')' * 20) == "Name('x', Load)"
    assert expr('[' * 20 + ']' * 20).count('List') == 20


def test_parse_error_str():
    e = error('x = = 1')
    assert str(e) == 'SyntaxError: invalid syntax (line 1, column 5)'


# ---------------------------------------------------------------------------
# incomplete input (the REPL asks for another line when e.incomplete)

@pytest.mark.parametrize('src', [
    'x = (',
    'x = [1,\n2',
    'f(a,\n',
    '{',
    'if x:',
    'if x:\n',
    'def f():\n',
    'class A:',
    'for x in y:\n',
    'while True:\n',
    'with a:\n',
    'try:\n',
    'try:\n    pass\n',
    'if x:\n    pass\nelse:\n',
    'x = """abc\n',
    "x = '''",
    'x = 1 + \\\n',
    '@dec\n',
    '@dec',
])
@pytest.mark.parametrize('mode', ['single', 'exec'])
def test_incomplete_input(src, mode):
    e = error(src, mode)
    assert e.incomplete, (src, str(e))


@pytest.mark.parametrize('src', [
    'x = )',
    '1 +\n',
    'x = = 1',
    '"abc',
    "'abc\n",
    'if x:\npass\n',
    'a\n  b\n',
    'def f(:',
    'x = (1 2',
    'if x:\n    a\n  b\n',
    'return +',
])
def test_complete_but_invalid(src):
    e = error(src, 'single')
    assert not e.incomplete, (src, str(e))


@pytest.mark.parametrize('src', [
    'x = 1\n',
    'if x:\n    pass\n',
    'if x:\n    pass\n\n',
    'def f():\n    return 1\n',
    'x = (1,\n2)\n',
    'for i in y: print(i)\n',
])
def test_complete_input_parses(src):
    assert isinstance(p(src, 'single'), ast.Interactive)


def test_incomplete_reported_at_end():
    e = error('x = (1,\n  2,\n')
    assert e.incomplete
    e = error('if x:\n    if y:\n')
    assert e.incomplete
    assert e.kind == 'IndentationError'
