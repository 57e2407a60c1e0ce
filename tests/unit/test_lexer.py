import pytest

from interp.lexer import (tokenize, ParseError, NAME, NUMBER, STRING, OP,
                          NEWLINE, INDENT, DEDENT, ENDMARKER, TOKEN_NAMES)


def toks(src):
    return [(TOKEN_NAMES[t.type], t.value) for t in tokenize(src)]


def values(src):
    """Token values, without the NEWLINE/ENDMARKER tail."""
    return [t.value for t in tokenize(src)
            if t.type not in (NEWLINE, ENDMARKER, INDENT, DEDENT)]


def lex_error(src):
    with pytest.raises(ParseError) as excinfo:
        tokenize(src)
    return excinfo.value


def test_simple_line():
    assert toks("x = 1\n") == [('NAME', 'x'), ('OP', '='), ('NUMBER', '1'),
                               ('NEWLINE', ''), ('ENDMARKER', '')]


def test_missing_final_newline():
    assert toks("x") == [('NAME', 'x'), ('NEWLINE', ''), ('ENDMARKER', '')]


def test_empty_and_blank():
    assert toks("") == [('ENDMARKER', '')]
    assert toks("\n\n  \n# c\n") == [('ENDMARKER', '')]


@pytest.mark.parametrize('src, expected', [
    ('0', '0'), ('00', '00'), ('0_0', '00'), ('123', '123'),
    ('1_000', '1000'), ('0x1F', '0x1F'), ('0X_ff', '0Xff'), ('0o17', '0o17'),
    ('0O1_7', '0O17'), ('0b101', '0b101'), ('0B_1_0', '0B10'),
    ('1.5', '1.5'), ('1.', '1.'), ('.5', '.5'), ('1e-5', '1e-5'),
    ('1E+5', '1E+5'), ('1.e5', '1.e5'), ('1_0.0_1e1_0', '10.01e10'),
    ('3j', '3j'), ('3.5J', '3.5J'), ('1e3j', '1e3j'), ('0777.5', '0777.5'),
    ('0777e1', '0777e1'), ('0777j', '0777j'), ('09.5', '09.5'),
])
def test_numbers(src, expected):
    t = tokenize(src)
    assert t[0].type == NUMBER
    assert t[0].value == expected
    assert t[1].type == NEWLINE


@pytest.mark.parametrize('src', [
    '0777', '01', '1__0', '1_', '0x', '0x_', '0b2', '0o8', '0o19', '1_.5',
    '1e+', '1e-x', '0b1_', '1.5_',
])
def test_bad_numbers(src):
    e = lex_error(src)
    assert e.msg == 'invalid syntax'
    assert e.kind == 'SyntaxError'
    assert not e.incomplete


def test_number_followed_by_keyword():
    # as in CPython 3.8, "1if" lexes as NUMBER NAME
    assert values('1if 1else 2') == ['1', 'if', '1', 'else', '2']
    assert values('1.real') == ['1.', 'real']


@pytest.mark.parametrize('src', [
    "'a'", '"a"', "'''a\nb'''", '"""a"b""c"""', "r'\\''", "b'x'", "rb'x'",
    "Br'x'", "f'{x}'", "RF'x'", "fR'x'", "u'x'", "U'x'", "'a\\\nb'",
    "'\\''", '"\\""',
])
def test_strings(src):
    t = tokenize(src)
    assert t[0].type == STRING
    assert t[0].value == src
    assert t[1].type == NEWLINE


def test_string_prefix_not_a_string():
    assert toks("ub'x'")[0] == ('NAME', 'ub')
    assert toks("bu'x'")[0] == ('NAME', 'bu')
    assert toks("rf")[0] == ('NAME', 'rf')


def test_unterminated_strings():
    e = lex_error("'abc")
    assert not e.incomplete
    e = lex_error("'abc\ndef'")
    assert not e.incomplete
    assert (e.lineno, e.offset) == (1, 1)
    e = lex_error("x = '''abc\n")
    assert e.incomplete
    assert (e.lineno, e.offset) == (1, 5)


def test_operators():
    src = ("+ - * / % @ & | ^ ~ < > ( ) [ ] { } , : . ; = -> := ** // << >> "
           "<= >= == != += -= *= /= %= &= |= ^= @= **= //= >>= <<= ...")
    assert values(src) == src.split()


def test_operator_longest_match():
    assert values('a**=b') == ['a', '**=', 'b']
    assert values('a//b') == ['a', '//', 'b']
    assert values('x[...]') == ['x', '[', '...', ']']
    assert values('a<<=b>>c') == ['a', '<<=', 'b', '>>', 'c']


@pytest.mark.parametrize('src', ['$', '?', '`', 'a ! b'])
def test_bad_characters(src):
    e = lex_error(src)
    assert e.msg == 'invalid syntax'


def test_indent_dedent():
    src = "if x:\n    y\n    if z:\n        w\nv\n"
    types = [TOKEN_NAMES[t.type] for t in tokenize(src)]
    assert types == ['NAME', 'NAME', 'OP', 'NEWLINE',
                     'INDENT', 'NAME', 'NEWLINE',
                     'NAME', 'NAME', 'OP', 'NEWLINE',
                     'INDENT', 'NAME', 'NEWLINE',
                     'DEDENT', 'DEDENT', 'NAME', 'NEWLINE', 'ENDMARKER']


def test_dedent_at_eof():
    types = [TOKEN_NAMES[t.type] for t in tokenize("if x:\n  if y:\n    z")]
    assert types[-4:] == ['NEWLINE', 'DEDENT', 'DEDENT', 'ENDMARKER']


def test_tabs():
    # a tab goes to the next multiple of 8: "\t" == 8 spaces, " \t" too
    src = "if x:\n\ta\n        b\n \tc\n"
    types = [TOKEN_NAMES[t.type] for t in tokenize(src)]
    assert types.count('INDENT') == 1
    assert types.count('DEDENT') == 1


def test_bad_dedent():
    e = lex_error("if x:\n    a\n  b\n")
    assert e.kind == 'IndentationError'
    assert e.msg == "unindent doesn't match any outer indentation level"
    assert e.lineno == 3


def test_blank_lines_and_comments_ignored_for_indent():
    src = "if x:\n    a\n\n  # comment\n\n    b\n"
    types = [TOKEN_NAMES[t.type] for t in tokenize(src)]
    assert types.count('INDENT') == 1
    assert 'DEDENT' in types[-3:]


def test_form_feed():
    src = "if x:\n    a\n\x0c    b\n"
    types = [TOKEN_NAMES[t.type] for t in tokenize(src)]
    assert types.count('INDENT') == 1


def test_implicit_continuation():
    src = "x = (1,\n   2,\n\n 3)\ny"
    assert toks(src) == [
        ('NAME', 'x'), ('OP', '='), ('OP', '('), ('NUMBER', '1'), ('OP', ','),
        ('NUMBER', '2'), ('OP', ','), ('NUMBER', '3'), ('OP', ')'),
        ('NEWLINE', ''), ('NAME', 'y'), ('NEWLINE', ''), ('ENDMARKER', '')]


def test_backslash_continuation():
    assert values("x = 1 + \\\n    2\n") == ['x', '=', '1', '+', '2']


def test_backslash_errors():
    e = lex_error("x = 1 + \\")
    assert e.incomplete
    e = lex_error("x = 1 + \\\n")
    assert e.incomplete
    e = lex_error("x = 1 \\ 2")
    assert not e.incomplete
    assert e.msg == 'unexpected character after line continuation character'


def test_unclosed_bracket_incomplete():
    e = lex_error("x = [1,\n2")
    assert e.incomplete


def test_too_many_parens():
    e = lex_error("(" * 300)
    assert e.msg == 'too many nested parentheses'


def test_newline_styles_and_bom():
    for src in ["a\r\nb\r\n", "a\rb\r", "\xef\xbb\xbfa\nb"]:
        t = tokenize(src)
        assert [(x.type, x.value, x.lineno) for x in t] == [
            (NAME, 'a', 1), (NEWLINE, '', 1), (NAME, 'b', 2),
            (NEWLINE, '', 2), (ENDMARKER, '', 3 if src[-1] in '\r\n' else 2)]


def test_positions():
    t = tokenize("a = b\n  # x\nif c:\n    dd(e)\n")
    pos = [(x.value, x.lineno, x.col) for x in t if x.type in (NAME, OP)]
    assert pos == [('a', 1, 0), ('=', 1, 2), ('b', 1, 4), ('if', 3, 0),
                   ('c', 3, 3), (':', 3, 4), ('dd', 4, 4), ('(', 4, 6),
                   ('e', 4, 7), (')', 4, 8)]


def test_positions_after_multiline_string():
    t = tokenize("x = '''a\nb''' + y\n")
    assert (t[2].lineno, t[2].col) == (1, 4)
    assert (t[4].value, t[4].lineno, t[4].col) == ('y', 2, 7)


def test_utf8_identifiers():
    assert values("\xc3\xa4 = 1") == ['\xc3\xa4', '=', '1']


def test_comment_at_eof_without_newline():
    assert toks("x # hi") == [('NAME', 'x'), ('NEWLINE', ''),
                              ('ENDMARKER', '')]


# ---------------------------------------------------------------------------
# more literal forms

@pytest.mark.parametrize('src, expected', [
    ('0b0', '0b0'), ('0B1111_0000', '0B11110000'), ('0o0', '0o0'),
    ('0O777', '0O777'), ('0xdead_BEEF', '0xdeadBEEF'), ('0x_0', '0x0'),
    ('0_000', '0000'), ('1_2_3', '123'), ('9' * 40, '9' * 40),
    ('0.0', '0.0'), ('0e0', '0e0'), ('00.5', '00.5'), ('1_000.000_1', '1000.0001'),
    ('1e1_0', '1e10'), ('.5e-3', '.5e-3'), ('5.J', '5.J'), ('0j', '0j'),
    ('1_0j', '10j'), ('.5j', '.5j'),
])
def test_more_numbers(src, expected):
    t = tokenize(src)
    assert (t[0].type, t[0].value) == (NUMBER, expected)
    assert t[1].type == NEWLINE


def test_number_edge_splits():
    # `1.__class__` style: the dot belongs to the number
    assert values('1..real') == ['1.', '.', 'real']
    assert values('1 .real') == ['1', '.', 'real']
    assert values('x.5') == ['x', '.5']
    assert values('0x1for') == ['0x1f', 'or']
    assert values('1e') == ['1', 'e']
    assert values('1_000if') == ['1000', 'if']


@pytest.mark.parametrize('src, col', [
    ('x = 0b12', 7), ('x = 1__2', 5), ('y = 0x', 6), ('z = 0777', 4),
    ('w = 1e+', 7),
])
def test_bad_number_positions(src, col):
    e = lex_error(src)
    assert (e.lineno, e.offset) == (1, col + 1)


@pytest.mark.parametrize('src', [
    "b''", 'b""', "B'\\x00'", "bR'\\d'", "rB'x'", "R'x'", "F'x'", "fr'{x}'",
    "Rb'x'", "f'''a\n{x}\nb'''", "rb'''\\''''", "'''\\''''", "'#not a comment'",
    '"a\'b"', "'a\"b'", "''", '""', "''''''", '""""""', "'''a''b'''",
])
def test_more_strings(src):
    t = tokenize(src)
    assert (t[0].type, t[0].value) == (STRING, src)
    assert [x.type for x in t[1:]] == [NEWLINE, ENDMARKER]


def test_adjacent_strings_are_separate_tokens():
    assert values("'a' \"b\" r'c'") == ["'a'", '"b"', "r'c'"]
    assert values("'a''b'") == ["'a'", "'b'"]


def test_raw_triple_quoted_escaped_quote_is_not_a_terminator():
    e = lex_error("rb'''\\'''")
    assert e.incomplete


def test_raw_string_escaped_quote_and_backslash():
    assert values("r'\\'' x") == ["r'\\''", 'x']
    assert values("r'\\\\' x") == ["r'\\\\'", 'x']


def test_string_continuation_line_numbers():
    t = tokenize("s = 'a\\\nb'\nt = 1\n")
    assert (t[2].type, t[2].lineno, t[2].col) == (STRING, 1, 4)
    assert (t[4].value, t[4].lineno, t[4].col) == ('t', 3, 0)


def test_triple_quoted_string_lines():
    t = tokenize('x = """\nline2\nline3"""\ny\n')
    assert t[2].value == '"""\nline2\nline3"""'
    assert (t[4].value, t[4].lineno) == ('y', 4)


def test_unterminated_triple_quoted_positions():
    e = lex_error('x = 1\ny = """abc\ndef\n')
    assert e.incomplete
    assert (e.lineno, e.offset) == (2, 5)
    e = lex_error("f'''{x}\n")
    assert e.incomplete


def test_unterminated_single_quoted_positions():
    e = lex_error("x = 1\n  y = 'abc\n")
    assert not e.incomplete
    assert (e.lineno, e.offset) == (2, 7)


# ---------------------------------------------------------------------------
# comments, continuations, brackets

def test_comments():
    assert toks('x  # comment\n# another\ny\n') == [
        ('NAME', 'x'), ('NEWLINE', ''), ('NAME', 'y'), ('NEWLINE', ''),
        ('ENDMARKER', '')]
    assert values('f(a,  # first\n  b)  # end') == ['f', '(', 'a', ',', 'b', ')']


def test_comment_with_quotes_and_backslash():
    assert values("x # it's \\\ny") == ['x', 'y']
    types = [TOKEN_NAMES[t.type] for t in tokenize("x # it's \\\ny")]
    assert types == ['NAME', 'NEWLINE', 'NAME', 'NEWLINE', 'ENDMARKER']


def test_backslash_continuation_positions():
    t = tokenize('a = 1 + \\\n    2\nb\n')
    nums = [(x.value, x.lineno, x.col) for x in t if x.type == NUMBER]
    assert nums == [('1', 1, 4), ('2', 2, 4)]
    assert [(x.value, x.lineno) for x in t if x.type == NAME] == [('a', 1), ('b', 3)]


def test_backslash_continuation_does_not_indent():
    src = 'if x:\n    a = \\\n1\n    b\n'
    types = [TOKEN_NAMES[t.type] for t in tokenize(src)]
    assert types.count('INDENT') == 1
    assert types.count('DEDENT') == 1


def test_backslash_continuation_at_line_start():
    assert values('x = 1\n\\\ny = 2\n') == ['x', '=', '1', 'y', '=', '2']


def test_brackets_suppress_newlines_and_indentation():
    src = 'x = [\n        1,\n  2,\n]\ny = {\n}\n'
    types = [TOKEN_NAMES[t.type] for t in tokenize(src)]
    assert 'INDENT' not in types and 'DEDENT' not in types
    assert types.count('NEWLINE') == 2


def test_unbalanced_closing_bracket_does_not_go_negative():
    # the parser reports the error; the lexer keeps going
    t = tokenize(')\nx\n')
    assert [x.value for x in t if x.type in (OP, NAME)] == [')', 'x']


def test_nested_brackets_incomplete_positions():
    e = lex_error('f(a, [b,\n  c')
    assert e.incomplete


# ---------------------------------------------------------------------------
# indentation details

def test_multiple_dedents_positions():
    src = 'if a:\n  if b:\n    c\nd\n'
    t = tokenize(src)
    dedents = [(x.lineno, x.col) for x in t if x.type == DEDENT]
    assert dedents == [(4, 0), (4, 0)]
    indents = [(x.lineno, x.col) for x in t if x.type == INDENT]
    assert indents == [(2, 2), (3, 4)]


def test_partial_dedent():
    src = 'if a:\n    if b:\n        c\n    d\ne\n'
    types = [TOKEN_NAMES[t.type] for t in tokenize(src)]
    assert types == ['NAME', 'NAME', 'OP', 'NEWLINE',
                     'INDENT', 'NAME', 'NAME', 'OP', 'NEWLINE',
                     'INDENT', 'NAME', 'NEWLINE',
                     'DEDENT', 'NAME', 'NEWLINE',
                     'DEDENT', 'NAME', 'NEWLINE', 'ENDMARKER']


def test_bad_dedent_position():
    e = lex_error('if a:\n        b\n    c\n')
    assert e.kind == 'IndentationError'
    assert (e.lineno, e.offset) == (3, 5)
    assert not e.incomplete


def test_indentation_with_crlf():
    src = 'if x:\r\n    y\r\nz\r\n'
    types = [TOKEN_NAMES[t.type] for t in tokenize(src)]
    assert types == ['NAME', 'NAME', 'OP', 'NEWLINE', 'INDENT', 'NAME',
                     'NEWLINE', 'DEDENT', 'NAME', 'NEWLINE', 'ENDMARKER']


# ---------------------------------------------------------------------------
# errors: line and column

@pytest.mark.parametrize('src, lineno, offset', [
    ('$', 1, 1),
    ('x = 1\ny = $', 2, 5),
    ('a = (1,\n  ?)', 2, 3),
    ('  # c\nx ! y', 2, 3),
    ('"""a\nb""" + `', 2, 8),
    ('x = 1 \\ 2', 1, 7),
])
def test_error_positions(src, lineno, offset):
    e = lex_error(src)
    assert e.kind == 'SyntaxError'
    assert (e.lineno, e.offset) == (lineno, offset)


def test_lexer_is_lazy_errors_come_in_source_order():
    from interp.lexer import Lexer
    lx = Lexer('x = 1\ny = $\n')
    assert lx.get(0).value == 'x'
    assert lx.get(3).type == NEWLINE
    with pytest.raises(ParseError):
        lx.get(10)


def test_first_line_and_column_offset():
    from interp.lexer import Lexer
    lx = Lexer('(a + b)', 5, 10)
    toks_ = lx.tokenize_all()
    assert [(t.value, t.lineno, t.col) for t in toks_ if t.type in (NAME, OP)] == [
        ('(', 5, 10), ('a', 5, 11), ('+', 5, 13), ('b', 5, 15), (')', 5, 16)]


def test_non_ascii_in_strings_and_comments():
    assert values("s = '\xc3\xa9t\xc3\xa9'  # caf\xc3\xa9") == ['s', '=', "'\xc3\xa9t\xc3\xa9'"]
    t = tokenize("\xe2\x82\xac = 1")
    assert (t[0].type, t[0].value) == (NAME, '\xe2\x82\xac')
