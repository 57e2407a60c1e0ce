"""String literal decoding and f-string parsing (RPython).

Used by interp/parser.py.  Strings are str of UTF-8 bytes throughout; code
points from escapes are encoded to UTF-8 here.
"""

from rpython.rlib.rstring import StringBuilder
from interp.lexer import ParseError, is_space
from interp import astnodes as ast


def append_utf8(sb, cp):
    """Append code point cp (0 <= cp <= 0x10FFFF) encoded as UTF-8."""
    if cp < 0x80:
        sb.append(chr(cp))
    elif cp < 0x800:
        sb.append(chr(0xC0 | (cp >> 6)))
        sb.append(chr(0x80 | (cp & 0x3F)))
    elif cp < 0x10000:
        sb.append(chr(0xE0 | (cp >> 12)))
        sb.append(chr(0x80 | ((cp >> 6) & 0x3F)))
        sb.append(chr(0x80 | (cp & 0x3F)))
    else:
        sb.append(chr(0xF0 | (cp >> 18)))
        sb.append(chr(0x80 | ((cp >> 12) & 0x3F)))
        sb.append(chr(0x80 | ((cp >> 6) & 0x3F)))
        sb.append(chr(0x80 | (cp & 0x3F)))


def hex_value(c):
    if '0' <= c <= '9':
        return ord(c) - ord('0')
    if 'a' <= c <= 'f':
        return ord(c) - ord('a') + 10
    if 'A' <= c <= 'F':
        return ord(c) - ord('A') + 10
    return -1


def _err(msg, tok):
    return ParseError(msg, tok.lineno, tok.col + 1, 'SyntaxError', False)


def _read_hex(s, i, count, tok, is_bytes):
    n = len(s)
    if i + count > n:
        raise _err(_truncated_msg(count, is_bytes), tok)
    v = 0
    for k in range(count):
        h = hex_value(s[i + k])
        if h < 0:
            raise _err(_truncated_msg(count, is_bytes), tok)
        v = v * 16 + h
    return v


def _truncated_msg(count, is_bytes):
    if count == 2:
        return 'invalid \\x escape'
    return 'truncated \\uXXXX escape'


def decode_literal(s, is_raw, is_bytes, tok):
    """Decode the body of a (non-f) string literal."""
    if is_raw:
        if is_bytes:
            check_ascii(s, tok)
        return s
    if s.find('\\') < 0:
        if is_bytes:
            check_ascii(s, tok)
        return s
    n = len(s)
    sb = StringBuilder(n)
    i = 0
    while i < n:
        c = s[i]
        if c != '\\':
            if is_bytes and ord(c) >= 0x80:
                raise _err('bytes can only contain ASCII literal characters',
                           tok)
            sb.append(c)
            i += 1
            continue
        i += 1
        if i >= n:
            sb.append('\\')
            break
        c = s[i]
        i += 1
        if c == '\n':
            pass
        elif c == '\\' or c == "'" or c == '"':
            sb.append(c)
        elif c == 'a':
            sb.append('\x07')
        elif c == 'b':
            sb.append('\x08')
        elif c == 'f':
            sb.append('\x0c')
        elif c == 'n':
            sb.append('\n')
        elif c == 'r':
            sb.append('\r')
        elif c == 't':
            sb.append('\t')
        elif c == 'v':
            sb.append('\x0b')
        elif '0' <= c <= '7':
            v = ord(c) - ord('0')
            k = 1
            while k < 3 and i < n and '0' <= s[i] <= '7':
                v = v * 8 + ord(s[i]) - ord('0')
                i += 1
                k += 1
            if is_bytes:
                sb.append(chr(v & 0xFF))
            else:
                append_utf8(sb, v)
        elif c == 'x':
            v = _read_hex(s, i, 2, tok, is_bytes)
            i += 2
            if is_bytes:
                sb.append(chr(v))
            else:
                append_utf8(sb, v)
        elif c == 'u' and not is_bytes:
            v = _read_hex(s, i, 4, tok, is_bytes)
            i += 4
            append_utf8(sb, v)
        elif c == 'U' and not is_bytes:
            v = _read_hex(s, i, 8, tok, is_bytes)
            i += 8
            if v > 0x10FFFF:
                raise _err('illegal Unicode character', tok)
            append_utf8(sb, v)
        elif c == 'N' and not is_bytes:
            raise _err('unicode name escapes not supported', tok)
        else:
            if is_bytes and ord(c) >= 0x80:
                raise _err('bytes can only contain ASCII literal characters',
                           tok)
            sb.append('\\')
            sb.append(c)
    return sb.build()


def check_ascii(s, tok):
    for c in s:
        if ord(c) >= 0x80:
            raise _err('bytes can only contain ASCII literal characters', tok)


class StrAccumulator(object):
    """Collects the parts of adjacent string literals.

    Literal text accumulates in ``pending``; when a formatted field is added
    the pending text is flushed into ``values`` as a Str node."""

    def __init__(self, lineno, col):
        self.pending = []
        self.values = []
        self.lineno = lineno
        self.col = col

    def add_text(self, s):
        if len(s) > 0:
            self.pending.append(s)

    def flush(self):
        if len(self.pending) > 0:
            text = ''.join(self.pending)
            self.pending = []
            self.values.append(ast.Str(text, self.lineno, self.col))

    def add_value(self, node):
        self.flush()
        self.values.append(node)

    def text(self):
        return ''.join(self.pending)


class FStringParser(object):
    """Parses the body of one f-string literal.

    ``parser`` is the interp.parser.Parser; its method
    ``parse_fstring_expr(text, tok)`` parses an embedded expression."""

    def __init__(self, parser, s, is_raw, tok):
        self.parser = parser
        self.s = s
        self.is_raw = is_raw
        self.tok = tok
        self.i = 0

    def error(self, msg):
        return _err(msg, self.tok)

    def literal(self, acc, start, end):
        if end > start:
            assert start >= 0
            assert end >= 0
            chunk = self.s[start:end]
            acc.add_text(decode_literal(chunk, self.is_raw, False, self.tok))

    def parse_body(self, acc, in_spec, depth):
        """Parse literal text and fields from self.i.  At top level (not
        in_spec) runs to the end; in a format spec stops at the closing '}'
        (self.i is left on it)."""
        s = self.s
        n = len(s)
        i = self.i
        lit_start = i
        while i < n:
            c = s[i]
            if c == '\\' and not self.is_raw and i + 1 < n:
                c2 = s[i + 1]
                if c2 == 'N' and i + 2 < n and s[i + 2] == '{':
                    j = i + 3
                    while j < n and s[j] != '}':
                        j += 1
                    i = j + 1
                    continue
                if c2 == '{' or c2 == '}':
                    i += 1
                    continue
                i += 2
                continue
            if c == '{' or c == '}':
                if not in_spec and i + 1 < n and s[i + 1] == c:
                    # doubled brace: the literal includes one of them
                    self.literal(acc, lit_start, i + 1)
                    i += 2
                    lit_start = i
                    continue
                if c == '}':
                    if in_spec:
                        break
                    raise self.error("f-string: single '}' is not allowed")
                self.literal(acc, lit_start, i)
                self.i = i + 1
                self.parse_field(acc, depth)
                i = self.i
                lit_start = i
                continue
            i += 1
        if i > n:
            i = n
        self.literal(acc, lit_start, i)
        self.i = i

    def parse_field(self, acc, depth):
        """self.i is just after the opening '{'."""
        if depth >= 2:
            raise self.error('f-string: expressions nested too deeply')
        s = self.s
        n = len(s)
        i = self.i
        start = i
        nesting = 0
        quote = '\0'
        triple = False
        selfdoc = False
        while i < n:
            c = s[i]
            if c == '\\':
                raise self.error(
                    'f-string expression part cannot include a backslash')
            if quote != '\0':
                if c == quote:
                    if triple:
                        if i + 2 < n and s[i + 1] == c and s[i + 2] == c:
                            quote = '\0'
                            i += 3
                            continue
                    else:
                        quote = '\0'
                i += 1
                continue
            if c == '"' or c == "'":
                quote = c
                if i + 2 < n and s[i + 1] == c and s[i + 2] == c:
                    triple = True
                    i += 3
                else:
                    triple = False
                    i += 1
                continue
            if c == '(' or c == '[' or c == '{':
                nesting += 1
            elif c == ')' or c == ']' or c == '}':
                if nesting == 0:
                    if c == '}':
                        break
                    raise self.error("f-string: unmatched '" + c + "'")
                nesting -= 1
            elif c == '#':
                raise self.error("f-string expression part cannot include '#'")
            elif nesting == 0 and c == '!':
                if not (i + 1 < n and s[i + 1] == '='):
                    break
            elif nesting == 0 and c == ':':
                break
            elif nesting == 0 and c == '=':
                nxt_eq = i + 1 < n and s[i + 1] == '='
                prev = s[i - 1] if i > start else ' '
                if (not nxt_eq and prev != '=' and prev != '!' and
                        prev != '<' and prev != '>'):
                    selfdoc = True
                    break
            i += 1
        if quote != '\0':
            raise self.error('f-string: unterminated string')
        if i >= n:
            raise self.error("f-string: expecting '}'")
        assert i >= start >= 0
        expr_text = s[start:i]
        empty = True
        for ch in expr_text:
            if not (is_space(ch) or ch == '\n' or ch == '\r'):
                empty = False
                break
        if empty:
            raise self.error('f-string: empty expression not allowed')
        value = self.parser.parse_fstring_expr(expr_text, self.tok)
        doc_text = ''
        if selfdoc:
            i += 1
            while i < n and (is_space(s[i]) or s[i] == '\n'):
                i += 1
            assert i >= 0
            doc_text = s[start:i]
        conversion = -1
        if i < n and s[i] == '!':
            i += 1
            if i >= n:
                raise self.error("f-string: expecting '}'")
            k = s[i]
            if k == 's' or k == 'r' or k == 'a':
                conversion = ord(k)
            else:
                raise self.error("f-string: invalid conversion character: "
                                 "expected 's', 'r', or 'a'")
            i += 1
        format_spec = None
        if i < n and s[i] == ':':
            self.i = i + 1
            spec_acc = StrAccumulator(self.tok.lineno, self.tok.col)
            self.parse_body(spec_acc, True, depth + 1)
            spec_acc.flush()
            format_spec = ast.JoinedStr(spec_acc.values, self.tok.lineno,
                                        self.tok.col)
            i = self.i
        if not (i < n and s[i] == '}'):
            raise self.error("f-string: expecting '}'")
        self.i = i + 1
        if selfdoc:
            acc.add_text(doc_text)
            if conversion == -1 and format_spec is None:
                conversion = ord('r')
        acc.add_value(ast.FormattedValue(value, conversion, format_spec,
                                         self.tok.lineno, self.tok.col))


def parse_fstring(parser, body, is_raw, tok, acc):
    p = FStringParser(parser, body, is_raw, tok)
    p.parse_body(acc, False, 0)
