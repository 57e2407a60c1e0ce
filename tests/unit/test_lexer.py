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
