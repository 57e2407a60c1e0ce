"""Tokenizer for the Python 3 lexical grammar (RPython).

The lexer works on a str of UTF-8 bytes and produces Token objects lazily:
the parser asks for token number i with ``Lexer.get(i)`` and the lexer scans
just far enough.  That way syntax errors are reported in source order.

Token values:
  NAME      the identifier (keywords are NAME tokens too)
  NUMBER    the literal with underscores removed ("0x1F", "1.5e3", "3j")
  STRING    the whole literal as written, prefix and quotes included
  OP        the operator / delimiter text ("(", "**=", "...", "->")
  NEWLINE, INDENT, DEDENT, ENDMARKER   value ""
Columns are 0-based byte offsets.
"""

from rpython.rlib.rstring import StringBuilder

NAME = 1
NUMBER = 2
STRING = 3
OP = 4
NEWLINE = 5
INDENT = 6
DEDENT = 7
ENDMARKER = 8

TOKEN_NAMES = ['?', 'NAME', 'NUMBER', 'STRING', 'OP', 'NEWLINE', 'INDENT',
               'DEDENT', 'ENDMARKER']

MAX_PAREN_DEPTH = 200


class ParseError(Exception):
    """A SyntaxError / IndentationError found while lexing or parsing.

    msg: str; lineno: 1-based; offset: 1-based column; kind: 'SyntaxError'
    or 'IndentationError'; incomplete: True when the error is only due to the
    input ending early (the REPL then asks for more lines)."""

    def __init__(self, msg, lineno, offset, kind='SyntaxError',
                 incomplete=False):
        self.msg = msg
        self.lineno = lineno
        self.offset = offset
        self.kind = kind
        self.incomplete = incomplete

    def __str__(self):
        return '%s: %s (line %d, column %d)' % (self.kind, self.msg,
                                                self.lineno, self.offset)


def syntax_error(msg, lineno, col):
    """A ParseError with a 0-based column."""
    return ParseError(msg, lineno, col + 1, 'SyntaxError', False)


class Token(object):
    def __init__(self, type, value, lineno, col):
        self.type = type
        self.value = value
        self.lineno = lineno
        self.col = col

    def __repr__(self):
        return 'Token(%s, %r, %d, %d)' % (TOKEN_NAMES[self.type], self.value,
                                          self.lineno, self.col)


# ---------------------------------------------------------------------------
# character helpers (single chars only)

def is_digit(c):
    return '0' <= c <= '9'


def is_hex_digit(c):
    return ('0' <= c <= '9') or ('a' <= c <= 'f') or ('A' <= c <= 'F')


def is_oct_digit(c):
    return '0' <= c <= '7'


def is_bin_digit(c):
    return c == '0' or c == '1'


def is_base_digit(c, base):
    if base == 10:
        return is_digit(c)
    elif base == 16:
        return is_hex_digit(c)
    elif base == 8:
        return is_oct_digit(c)
    else:
        return is_bin_digit(c)


def is_ident_start(c):
    return (('a' <= c <= 'z') or ('A' <= c <= 'Z') or c == '_' or
            ord(c) >= 0x80)


def is_ident_char(c):
    return is_ident_start(c) or is_digit(c)


def is_space(c):
    return c == ' ' or c == '\t' or c == '\f'


def normalize_source(source):
    """Drop a UTF-8 BOM and turn \\r\\n and \\r into \\n."""
    start = 0
    if (len(source) >= 3 and source[0] == '\xef' and source[1] == '\xbb'
            and source[2] == '\xbf'):
        start = 3
    if source.find('\r') < 0:
        if start == 0:
            return source
        return source[start:]
    n = len(source)
    sb = StringBuilder(n)
    i = start
    while i < n:
        c = source[i]
        if c == '\r':
            sb.append('\n')
            if i + 1 < n and source[i + 1] == '\n':
                i += 1
        else:
            sb.append(c)
        i += 1
    return sb.build()


def is_string_prefix(s):
    """s is a lower- or upper-case identifier of length 1 or 2."""
    low = s.lower()
    return (low == 'r' or low == 'u' or low == 'b' or low == 'f' or
            low == 'br' or low == 'rb' or low == 'fr' or low == 'rf')


OPS3 = ['**=', '//=', '>>=', '<<=', '...']
OPS2 = ['->', ':=', '**', '//', '<<', '>>', '<=', '>=', '==', '!=', '+=',
        '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@=']
OPS1 = '+-*/%@&|^~<>()[]{},:.;='


class Lexer(object):
    def __init__(self, source, first_lineno=1, first_col=0):
        self.src = normalize_source(source)
        self.n = len(self.src)
        self.pos = 0
        self.lineno = first_lineno
        self.line_start = 0
        # extra column added to tokens on the first line (used for the
        # expressions of f-strings, which are lexed on their own)
        self.first_lineno = first_lineno
        self.first_col = first_col
        self.tokens = []
        self.indents = [0]
        self.depth = 0
        self.at_line_start = True
        self.done = False

    # -- public -----------------------------------------------------------

    def get(self, i):
        while i >= len(self.tokens):
            if self.done:
                return self.tokens[len(self.tokens) - 1]
            self.step()
        return self.tokens[i]

    def tokenize_all(self):
        """Return the complete token list (used by tests)."""
        while not self.done:
            self.step()
        return self.tokens

    # -- helpers ----------------------------------------------------------

    def col_of(self, pos):
        col = pos - self.line_start
        if self.lineno == self.first_lineno:
            col += self.first_col
        return col

    def error(self, msg, pos):
        return ParseError(msg, self.lineno, self.col_of(pos) + 1,
                          'SyntaxError', False)

    def incomplete_error(self, msg, pos):
        return ParseError(msg, self.lineno, self.col_of(pos) + 1,
                          'SyntaxError', True)

    def emit(self, type, value, pos):
        self.tokens.append(Token(type, value, self.lineno, self.col_of(pos)))

    def emit_at(self, type, value, lineno, col):
        self.tokens.append(Token(type, value, lineno, col))

    def newline_at(self, pos):
        """Record that src[pos] is a newline character."""
        self.lineno += 1
        self.line_start = pos + 1

    def last_type(self):
        if len(self.tokens) == 0:
            return 0
        return self.tokens[len(self.tokens) - 1].type

    # -- the scanner --------------------------------------------------------

    def step(self):
        """Scan until at least one token has been appended."""
        start_count = len(self.tokens)
        while len(self.tokens) == start_count:
            self.scan_one()

    def finish(self):
        if self.depth > 0:
            raise self.incomplete_error('invalid syntax', self.pos)
        t = self.last_type()
        if t != 0 and t != NEWLINE and t != INDENT and t != DEDENT:
            self.emit(NEWLINE, '', self.pos)
        while len(self.indents) > 1:
            self.indents.pop()
            self.emit(DEDENT, '', self.pos)
        self.emit(ENDMARKER, '', self.pos)
        self.done = True

    def scan_one(self):
        src = self.src
        n = self.n
        if self.at_line_start and self.depth == 0:
            col = 0
            p = self.pos
            while p < n:
                c = src[p]
                if c == ' ':
                    col += 1
                elif c == '\t':
                    col = (col // 8 + 1) * 8
                elif c == '\f':
                    col = 0
                else:
                    break
                p += 1
            self.pos = p
            if p >= n:
                self.finish()
                return
            c = src[p]
            if c == '#' or c == '\n':
                # blank or comment-only line: no tokens, no indentation
                while p < n and src[p] != '\n':
                    p += 1
                if p < n:
                    self.newline_at(p)
                    p += 1
                self.pos = p
                return
            if c == '\\' and p + 1 < n and src[p + 1] == '\n':
                # a continuation at the very start of a line
                self.newline_at(p + 1)
                self.pos = p + 2
                if self.pos >= n:
                    raise self.incomplete_error('invalid syntax', self.pos)
                return
            self.at_line_start = False
            top = self.indents[len(self.indents) - 1]
            if col > top:
                self.indents.append(col)
                self.emit(INDENT, '', p)
            elif col < top:
                while col < self.indents[len(self.indents) - 1]:
                    self.indents.pop()
                    self.emit(DEDENT, '', p)
                if col != self.indents[len(self.indents) - 1]:
                    raise ParseError(
                        "unindent doesn't match any outer indentation level",
                        self.lineno, self.col_of(p) + 1, 'IndentationError',
                        False)
            return

        p = self.pos
        # skip whitespace and comments
        while p < n:
            c = src[p]
            if is_space(c):
                p += 1
            elif c == '#':
                while p < n and src[p] != '\n':
                    p += 1
            else:
                break
        self.pos = p
        if p >= n:
            self.finish()
            return
        c = src[p]
        if c == '\n':
            if self.depth == 0:
                t = self.last_type()
                if t != 0 and t != NEWLINE and t != INDENT and t != DEDENT:
                    self.emit(NEWLINE, '', p)
                self.at_line_start = True
            self.newline_at(p)
            self.pos = p + 1
            return
        if c == '\\':
            if p + 1 < n and src[p + 1] == '\n':
                self.newline_at(p + 1)
                self.pos = p + 2
                if self.pos >= n:
                    raise self.incomplete_error('invalid syntax', self.pos)
                return
            if p + 1 >= n:
                raise self.incomplete_error('invalid syntax', p)
            raise self.error(
                'unexpected character after line continuation character', p)
        if is_ident_start(c):
            self.scan_name(p)
            return
        if is_digit(c) or (c == '.' and p + 1 < n and is_digit(src[p + 1])):
            self.scan_number(p)
            return
        if c == '"' or c == "'":
            self.scan_string(p, p)
            return
        self.scan_op(p)

    def scan_name(self, start):
        src = self.src
        n = self.n
        p = start + 1
        while p < n and is_ident_char(src[p]):
            p += 1
        if p < n and (src[p] == '"' or src[p] == "'") and p - start <= 2:
            prefix = src[start:p]
            if is_string_prefix(prefix):
                self.scan_string(start, p)
                return
        self.emit(NAME, src[start:p], start)
        self.pos = p

    def scan_string(self, start, q):
        """start: first char of the token (prefix); q: the opening quote."""
        src = self.src
        n = self.n
        quote = src[q]
        start_lineno = self.lineno
        start_col = self.col_of(start)
        triple = q + 2 < n and src[q + 1] == quote and src[q + 2] == quote
        if triple:
            p = q + 3
            while True:
                if p >= n:
                    raise ParseError('invalid syntax', start_lineno,
                                     start_col + 1, 'SyntaxError', True)
                c = src[p]
                if c == '\\':
                    if p + 1 < n and src[p + 1] == '\n':
                        self.newline_at(p + 1)
                    p += 2
                elif c == '\n':
                    self.newline_at(p)
                    p += 1
                elif (c == quote and p + 2 < n and src[p + 1] == quote and
                      src[p + 2] == quote):
                    p += 3
                    break
                else:
                    p += 1
        else:
            p = q + 1
            while True:
                if p >= n:
                    raise ParseError('invalid syntax', start_lineno,
                                     start_col + 1, 'SyntaxError', False)
                c = src[p]
                if c == '\\':
                    if p + 1 < n and src[p + 1] == '\n':
                        self.newline_at(p + 1)
                    p += 2
                elif c == '\n':
                    raise ParseError('invalid syntax', start_lineno,
                                     start_col + 1, 'SyntaxError', False)
                elif c == quote:
                    p += 1
                    break
                else:
                    p += 1
        if p > n:
            p = n
        self.emit_at(STRING, src[start:p], start_lineno, start_col)
        self.pos = p

    def scan_digits(self, p, base, allow_leading_underscore):
        """Scan digits of the base, with single underscores between digits.
        Returns the position after the digits."""
        src = self.src
        n = self.n
        if allow_leading_underscore and p < n and src[p] == '_':
            p += 1
        if not (p < n and is_base_digit(src[p], base)):
            raise self.error('invalid syntax', p)
        while p < n:
            c = src[p]
            if is_base_digit(c, base):
                p += 1
            elif c == '_':
                if p + 1 < n and is_base_digit(src[p + 1], base):
                    p += 1
                else:
                    raise self.error('invalid syntax', p)
            else:
                break
        return p

    def scan_number(self, start):
        src = self.src
        n = self.n
        p = start
        c = src[p]
        if c == '0' and p + 1 < n and src[p + 1] in 'xXoObB':
            k = src[p + 1]
            if k == 'x' or k == 'X':
                base = 16
            elif k == 'o' or k == 'O':
                base = 8
            else:
                base = 2
            p = self.scan_digits(p + 2, base, True)
            if p < n and is_digit(src[p]):
                raise self.error('invalid syntax', p)
            self.emit(NUMBER, strip_underscores(src[start:p]), start)
            self.pos = p
            return
        is_float = False
        is_imag = False
        if c != '.':
            p = self.scan_digits(p, 10, False)
        if p < n and src[p] == '.':
            is_float = True
            p += 1
            if p < n and is_digit(src[p]):
                p = self.scan_digits(p, 10, False)
        if p < n and (src[p] == 'e' or src[p] == 'E'):
            q = p + 1
            if q < n and (src[q] == '+' or src[q] == '-'):
                q += 1
                if not (q < n and is_digit(src[q])):
                    raise self.error('invalid syntax', q)
            if q < n and is_digit(src[q]):
                p = self.scan_digits(q, 10, False)
                is_float = True
        if p < n and (src[p] == 'j' or src[p] == 'J'):
            is_imag = True
            p += 1
        text = strip_underscores(src[start:p])
        if not is_float and not is_imag and len(text) > 1 and text[0] == '0':
            for ch in text:
                if ch != '0':
                    raise self.error('invalid syntax', start)
        self.emit(NUMBER, text, start)
        self.pos = p

    def scan_op(self, p):
        src = self.src
        n = self.n
        if p + 3 <= n:
            s3 = src[p:p + 3]
            for op in OPS3:
                if s3 == op:
                    self.emit(OP, op, p)
                    self.pos = p + 3
                    return
        if p + 2 <= n:
            s2 = src[p:p + 2]
            for op in OPS2:
                if s2 == op:
                    self.emit(OP, op, p)
                    self.pos = p + 2
                    return
        c = src[p]
        if OPS1.find(c) >= 0:
            if c == '(' or c == '[' or c == '{':
                self.depth += 1
                if self.depth > MAX_PAREN_DEPTH:
                    raise self.error('too many nested parentheses', p)
            elif c == ')' or c == ']' or c == '}':
                if self.depth > 0:
                    self.depth -= 1
            self.emit(OP, c, p)
            self.pos = p + 1
            return
        raise self.error('invalid syntax', p)


def strip_underscores(s):
    if s.find('_') < 0:
        return s
    sb = StringBuilder(len(s))
    for c in s:
        if c != '_':
            sb.append(c)
    return sb.build()


def tokenize(source):
    """Convenience for tests: the full token list."""
    return Lexer(source).tokenize_all()
