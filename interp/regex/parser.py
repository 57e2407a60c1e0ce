"""Parse a regular expression (a list of code points) into a tree of Nodes.

The syntax, the error messages and the error positions follow CPython 3.11's
sre_parse.  Case folding and the classes \\d \\w \\s are ASCII-only, as in
MicroPython (and as micropy's str methods are)."""
from interp.regex import consts as C
from interp.regex.consts import MAXREPEAT, MAXGROUPS


class RegexError(Exception):
    """A bad pattern: msg, and the position in the pattern (-1 if none)."""
    def __init__(self, msg, pos=-1):
        self.msg = msg
        self.pos = pos


class RegexOverflow(Exception):
    def __init__(self, msg):
        self.msg = msg


class RegexRecursion(Exception):
    def __init__(self, msg):
        self.msg = msg


# ____________________________________________________________
# the tree

def add_cap(a, b):
    r = a + b
    if r > MAXREPEAT:
        r = MAXREPEAT
    return r


def mul_cap(a, n):
    if a == 0 or n == 0:
        return 0
    if a >= MAXREPEAT or n >= MAXREPEAT or a > MAXREPEAT // n:
        return MAXREPEAT
    return a * n


class Node(object):
    def width(self):
        """(lo, hi): the least and the most code points matched (MAXREPEAT: no bound)."""
        return (1, 1)


class Lit(Node):
    def __init__(self, code, ignore):
        self.code = code
        self.ignore = ignore


class NotLit(Node):
    def __init__(self, code, ignore):
        self.code = code
        self.ignore = ignore


class AnyChar(Node):
    def __init__(self, dotall):
        self.dotall = dotall


SET_LIT = 0
SET_RANGE = 1
SET_CAT = 2


class SetItem(object):
    def __init__(self, kind, a, b):
        self.kind = kind
        self.a = a
        self.b = b


class InSet(Node):
    def __init__(self, items, negate, ignore):
        self.items = items
        self.negate = negate
        self.ignore = ignore


class At(Node):
    def __init__(self, code):
        self.code = code

    def width(self):
        return (0, 0)


class Seq(Node):
    def __init__(self, items):
        self.items = items

    def width(self):
        lo = 0
        hi = 0
        for item in self.items:
            l, h = item.width()
            lo = add_cap(lo, l)
            hi = add_cap(hi, h)
        return (lo, hi)


class Branch(Node):
    def __init__(self, alts):
        self.alts = alts

    def width(self):
        lo = MAXREPEAT
        hi = 0
        for alt in self.alts:
            l, h = alt.width()
            if l < lo:
                lo = l
            if h > hi:
                hi = h
        return (lo, hi)


class Group(Node):
    """A group: gid > 0 captures, gid == 0 only groups (e.g. (?i:...))."""
    def __init__(self, gid, body):
        self.gid = gid
        self.body = body

    def width(self):
        return self.body.width()


class Repeat(Node):
    def __init__(self, lo, hi, greedy, body):
        self.lo = lo
        self.hi = hi
        self.greedy = greedy
        self.body = body

    def width(self):
        l, h = self.body.width()
        lo = mul_cap(l, self.lo)
        if self.hi == MAXREPEAT and h > 0:
            hi = MAXREPEAT
        else:
            hi = mul_cap(h, self.hi)
        return (lo, hi)


class GroupRef(Node):
    def __init__(self, gid, ignore, lo, hi):
        self.gid = gid
        self.ignore = ignore
        self.lo = lo
        self.hi = hi

    def width(self):
        return (self.lo, self.hi)


class GroupRefExists(Node):
    def __init__(self, gid, yes, no):
        self.gid = gid
        self.yes = yes
        self.no = no        # a Node or None

    def width(self):
        lo, hi = self.yes.width()
        if self.no is not None:
            l, h = self.no.width()
            if l < lo:
                lo = l
            if h > hi:
                hi = h
        else:
            lo = 0
        return (lo, hi)


class Atomic(Node):
    """(?>...), and the possessive repeats x*+ x++ x?+ x{m,n}+ (possessive set)."""
    def __init__(self, body, possessive):
        self.body = body
        self.possessive = possessive

    def width(self):
        return self.body.width()


class Assert(Node):
    def __init__(self, body, behind, negate):
        self.body = body
        self.behind = behind
        self.negate = negate

    def width(self):
        return (0, 0)


class Parsed(object):
    def __init__(self, tree, ngroups, groupnames, groupnums, flags):
        self.tree = tree
        self.ngroups = ngroups
        self.groupnames = groupnames      # names of the named groups, in order
        self.groupnums = groupnums        # their numbers
        self.flags = flags                # the flags with the inline global ones


# ____________________________________________________________
# helpers on code points

def cp_is_digit(c):
    return 48 <= c <= 57


def cp_is_octdigit(c):
    return 48 <= c <= 55


def cp_is_hexdigit(c):
    return (48 <= c <= 57) or (97 <= c <= 102) or (65 <= c <= 70)


def cp_hexval(c):
    if c <= 57:
        return c - 48
    if c >= 97:
        return c - 87
    return c - 55


def cp_is_asciiletter(c):
    return (65 <= c <= 90) or (97 <= c <= 122)


def cp_is_space(c):
    return c == 32 or (9 <= c <= 13)


def encode_cp(b, cp, is_bytes):
    """Append code point cp as UTF-8 (a str pattern) or as one byte."""
    if is_bytes or cp < 0x80:
        b.append(chr(cp & 0xFF))
    elif cp < 0x800:
        b.append(chr(0xC0 | (cp >> 6)))
        b.append(chr(0x80 | (cp & 0x3F)))
    elif cp < 0x10000:
        b.append(chr(0xE0 | (cp >> 12)))
        b.append(chr(0x80 | ((cp >> 6) & 0x3F)))
        b.append(chr(0x80 | (cp & 0x3F)))
    else:
        b.append(chr(0xF0 | (cp >> 18)))
        b.append(chr(0x80 | ((cp >> 12) & 0x3F)))
        b.append(chr(0x80 | ((cp >> 6) & 0x3F)))
        b.append(chr(0x80 | (cp & 0x3F)))


def is_identifier(codes):
    if len(codes) == 0:
        return False
    for i in range(len(codes)):
        c = codes[i]
        if c == 95 or cp_is_asciiletter(c) or c >= 128:
            continue
        if i > 0 and cp_is_digit(c):
            continue
        return False
    return True


def quote_name(s):
    """repr() of a group name (which rarely needs escapes)."""
    quote = "'"
    if "'" in s and '"' not in s:
        quote = '"'
    b = [quote]
    for c in s:
        if c == '\\' or c == quote:
            b.append('\\' + c)
        elif c == '\n':
            b.append('\\n')
        elif c == '\t':
            b.append('\\t')
        elif c == '\r':
            b.append('\\r')
        else:
            b.append(c)
    b.append(quote)
    return ''.join(b)


# ____________________________________________________________
# the parser

FLAG_LETTERS = 'iLmsxau'
FLAG_VALUES = [C.FLAG_IGNORECASE, C.FLAG_LOCALE, C.FLAG_MULTILINE, C.FLAG_DOTALL,
               C.FLAG_VERBOSE, C.FLAG_ASCII, C.FLAG_UNICODE]


def flag_value(c):
    for i in range(len(FLAG_LETTERS)):
        if c == ord(FLAG_LETTERS[i]):
            return FLAG_VALUES[i]
    return 0


class Parser(object):
    def __init__(self, codes, is_bytes, flags):
        self.codes = codes
        self.n = len(codes)
        self.pos = 0
        self.is_bytes = is_bytes
        self.flags = flags                # global flags
        self.ngroups = 0                  # groups opened so far
        self.group_closed = [False]       # index: group number
        self.group_lo = [0]
        self.group_hi = [0]
        self.groupnames = []
        self.groupnums = []
        self.lookbehindgroups = -1        # -1: not in a lookbehind
        self.grouprefpos_g = []           # forward refs of (?(n)...)
        self.grouprefpos_p = []
        self.got_global = False

    # -- source access

    def peek(self):
        if self.pos < self.n:
            return self.codes[self.pos]
        return -1

    def peek2(self):
        if self.pos + 1 < self.n:
            return self.codes[self.pos + 1]
        return -1

    # sre_parse reads tokens (a backslash and the next char are one) with one
    # token of lookahead, and reports a lone backslash at the end as soon as
    # the token before it is consumed: check_next() does the same after
    # every whole token consumed.

    def check_next(self):
        if self.pos == self.n - 1 and self.codes[self.pos] == 92:
            raise RegexError("bad escape (end of pattern)", self.n - 1)

    def advance(self):
        """Consume one char that is not a backslash."""
        self.pos += 1
        self.check_next()

    def get(self):
        """The next char (a backslash: its escape must be read next)."""
        if self.pos < self.n:
            c = self.codes[self.pos]
            self.pos += 1
            if c != 92:
                self.check_next()
            return c
        return -1

    def get_escaped_text(self, c):
        """The text of token c (just consumed), backslash pairs whole."""
        if c == 92 and self.pos < self.n:
            self.pos += 1
            self.check_next()
            return self.text(self.pos - 2, self.pos)
        return self.text_of([c])

    def match(self, ch):
        if self.pos < self.n and self.codes[self.pos] == ord(ch):
            self.advance()
            return True
        return False

    def error(self, msg, offset=0):
        return RegexError(msg, self.pos - offset)

    def text(self, start, stop):
        b = []
        for i in range(start, stop):
            encode_cp(b, self.codes[i], self.is_bytes)
        return ''.join(b)

    def text_of(self, codes):
        b = []
        for c in codes:
            encode_cp(b, c, self.is_bytes)
        return ''.join(b)

    def get_escape_char(self):
        """After a backslash: the next code point (error at the end)."""
        c = self.get()
        if c < 0:
            raise RegexError("bad escape (end of pattern)", self.n - 1)
        self.check_next()
        return c

    def getuntil(self, terminator, name):
        result = []
        term = ord(terminator)
        while True:
            c = self.get()
            if c < 0:
                if len(result) == 0:
                    raise self.error("missing " + name)
                raise self.error("missing %s, unterminated name" % terminator, len(result))
            if c == term:
                if len(result) == 0:
                    raise self.error("missing " + name, 1)
                break
            result.append(c)
            if c == 92 and self.pos < self.n:     # an escape is one token
                result.append(self.get_escape_char())
        return result

    def checkgroupname(self, name, offset):
        if not is_identifier(name):
            raise self.error("bad character in group name %s" % quote_name(self.text_of(name)),
                             len(name) + offset)

    def group_by_name(self, name):
        for i in range(len(self.groupnames)):
            if self.groupnames[i] == name:
                return self.groupnums[i]
        return -1

    def checkgroup(self, gid):
        return gid <= self.ngroups and self.group_closed[gid]

    def checklookbehindgroup(self, gid):
        if self.lookbehindgroups >= 0:
            if not self.checkgroup(gid):
                raise self.error("cannot refer to an open group")
            if gid >= self.lookbehindgroups:
                raise self.error("cannot refer to group defined in the same lookbehind subpattern")

    def opengroup(self, name, namelen):
        gid = self.ngroups + 1
        if name is not None:
            ogid = self.group_by_name(name)
            if ogid >= 0:
                raise self.error("redefinition of group name %s as group %d; was group %d"
                                 % (quote_name(name), gid, ogid), namelen + 1)
            self.groupnames.append(name)
            self.groupnums.append(gid)
        if gid >= MAXGROUPS:
            raise self.error("too many groups")
        self.ngroups = gid
        self.group_closed.append(False)
        self.group_lo.append(0)
        self.group_hi.append(0)
        return gid

    def closegroup(self, gid, node):
        lo, hi = node.width()
        self.group_lo[gid] = lo
        self.group_hi[gid] = hi
        self.group_closed[gid] = True

    # -- grammar

    def parse_sub(self, flags, verbose, nested):
        alts = []
        while True:
            if nested == 0:
                # global flags met in the first alternative apply to the others
                flags |= self.flags
                if self.flags & C.FLAG_VERBOSE:
                    verbose = True
            alts.append(self.parse_seq(flags, verbose, nested + 1,
                                       nested == 0 and len(alts) == 0))
            if not self.match('|'):
                break
        if len(alts) == 1:
            return alts[0]
        return Branch(alts)

    def skip_verbose(self):
        while True:
            c = self.peek()
            if c < 0:
                return
            if cp_is_space(c):
                self.advance()
            elif c == 35:        # '#'
                while True:
                    c = self.get()
                    if c < 0 or c == 10:
                        break
            else:
                return

    def parse_seq(self, flags, verbose, nested, first):
        items = []
        while True:
            if verbose:
                self.skip_verbose()
            c = self.peek()
            if c < 0 or c == 124 or c == 41:      # end, '|', ')'
                break
            if c == 92:
                self.pos += 1
            else:
                self.advance()
            if c == 92:                           # '\\'
                items.append(self.parse_escape(flags))
            elif c == 91:                         # '['
                items.append(self.parse_class(flags))
            elif c == 46:                         # '.'
                items.append(AnyChar((flags & C.FLAG_DOTALL) != 0))
            elif c == 94:                         # '^'
                if flags & C.FLAG_MULTILINE:
                    items.append(At(C.AT_BEGINNING_LINE))
                else:
                    items.append(At(C.AT_BEGINNING))
            elif c == 36:                         # '$'
                if flags & C.FLAG_MULTILINE:
                    items.append(At(C.AT_END_LINE))
                else:
                    items.append(At(C.AT_END))
            elif c == 42 or c == 43 or c == 63 or c == 123:   # * + ? {
                self.parse_repeat(c, items)
            elif c == 40:                         # '('
                node = self.parse_group(flags, verbose, nested, first and len(items) == 0)
                if node is not None:
                    items.append(node)
                elif self.got_global:
                    # global flags apply from here on
                    self.got_global = False
                    flags |= self.flags
                    if self.flags & C.FLAG_VERBOSE:
                        verbose = True
            else:
                items.append(self.make_literal(c, flags))
        if len(items) == 1:
            return items[0]
        return Seq(items)

    def make_literal(self, c, flags):
        return Lit(c, (flags & C.FLAG_IGNORECASE) != 0 and C.has_case(c))

    def parse_repeat(self, c, items):
        here = self.pos
        if c == 63:
            lo = 0
            hi = 1
        elif c == 42:
            lo = 0
            hi = MAXREPEAT
        elif c == 43:
            lo = 1
            hi = MAXREPEAT
        else:
            if self.peek() == 125:                # '{}' is literal
                items.append(Lit(123, False))
                return
            lo = 0
            hi = MAXREPEAT
            lo_s = self.getdigits()
            if self.match(','):
                hi_s = self.getdigits()
            else:
                hi_s = lo_s
            if not self.match('}'):
                items.append(Lit(123, False))
                self.pos = here
                return
            if lo_s >= 0:
                lo = lo_s
                if lo >= MAXREPEAT:
                    raise RegexOverflow("the repetition number is too large")
            if hi_s >= 0:
                hi = hi_s
                if hi >= MAXREPEAT:
                    raise RegexOverflow("the repetition number is too large")
                if hi < lo:
                    raise self.error("min repeat greater than max repeat", self.pos - here)
        if len(items) == 0 or isinstance(items[-1], At):
            raise self.error("nothing to repeat", self.pos - here + 1)
        item = items[-1]
        if isinstance(item, Repeat) or (isinstance(item, Atomic) and item.possessive):
            raise self.error("multiple repeat", self.pos - here + 1)
        if self.match('?'):
            items[-1] = Repeat(lo, hi, False, item)
        elif self.match('+'):
            items[-1] = Atomic(Repeat(lo, hi, True, item), True)
        else:
            items[-1] = Repeat(lo, hi, True, item)

    def getdigits(self):
        """Decimal digits as an int (capped), or -1 if there are none."""
        val = -1
        while cp_is_digit(self.peek()):
            d = self.get() - 48
            if val < 0:
                val = 0
            if val < MAXREPEAT:
                val = val * 10 + d
        return val

    def parse_group(self, flags, verbose, nested, first):
        """After '('.  Returns a node, or None for a comment or a global flags
        group (then self.got_global is set)."""
        start = self.pos - 1
        capture = True
        name = None
        namelen = 0
        add_flags = 0
        del_flags = 0
        if self.match('?'):
            c = self.get()
            if c < 0:
                raise self.error("unexpected end of pattern")
            if c == 80:                           # 'P'
                if self.match('<'):
                    namecodes = self.getuntil('>', "group name")
                    self.checkgroupname(namecodes, 1)
                    name = self.text_of(namecodes)
                    namelen = len(namecodes)
                elif self.match('='):
                    namecodes = self.getuntil(')', "group name")
                    self.checkgroupname(namecodes, 1)
                    name = self.text_of(namecodes)
                    gid = self.group_by_name(name)
                    if gid < 0:
                        raise self.error("unknown group name %s" % quote_name(name),
                                         len(namecodes) + 1)
                    if not self.checkgroup(gid):
                        raise self.error("cannot refer to an open group", len(namecodes) + 1)
                    self.checklookbehindgroup(gid)
                    return self.make_groupref(gid, flags)
                else:
                    c2 = self.get()
                    if c2 < 0:
                        raise self.error("unexpected end of pattern")
                    t = self.get_escaped_text(c2)
                    raise self.error("unknown extension ?P" + t, len(t) + 2)
            elif c == 58:                         # ':'
                capture = False
            elif c == 35:                         # '#'
                while True:
                    if self.peek() < 0:
                        raise self.error("missing ), unterminated comment", self.pos - start)
                    if self.get() == 41:
                        break
                return None
            elif c == 61 or c == 33 or c == 60:   # = ! <
                behind = False
                if c == 60:
                    c = self.get()
                    if c < 0:
                        raise self.error("unexpected end of pattern")
                    if c != 61 and c != 33:
                        t = self.get_escaped_text(c)
                        raise self.error("unknown extension ?<" + t, len(t) + 2)
                    behind = True
                saved_lb = self.lookbehindgroups
                if behind and saved_lb < 0:
                    self.lookbehindgroups = self.ngroups + 1
                body = self.parse_sub(flags, verbose, nested + 1)
                if behind and saved_lb < 0:
                    self.lookbehindgroups = -1
                if not self.match(')'):
                    raise self.error("missing ), unterminated subpattern", self.pos - start)
                return Assert(body, behind, c == 33)
            elif c == 40:                         # '(': conditional
                return self.parse_conditional(flags, verbose, nested, start)
            elif c == 62:                         # '>': atomic group
                body = self.parse_sub(flags, verbose, nested + 1)
                if not self.match(')'):
                    raise self.error("missing ), unterminated subpattern", self.pos - start)
                return Atomic(body, False)
            elif flag_value(c) != 0 or c == 45:   # flags or '-'
                res = self.parse_flags(c)
                if res < 0:                       # global flags
                    if not first:
                        raise self.error("global flags not at the start of the expression",
                                         self.pos - start)
                    self.got_global = True
                    return None
                add_flags = res & 0xFFFF
                del_flags = res >> 16
                capture = False
            else:
                t = self.get_escaped_text(c)
                raise self.error("unknown extension ?" + t, len(t) + 1)
        gid = 0
        if capture:
            gid = self.opengroup(name, namelen)
        sub_verbose = ((verbose or (add_flags & C.FLAG_VERBOSE) != 0) and
                       not (del_flags & C.FLAG_VERBOSE))
        subflags = (flags | add_flags) & ~del_flags
        body = self.parse_sub(subflags, sub_verbose, nested + 1)
        if not self.match(')'):
            raise self.error("missing ), unterminated subpattern", self.pos - start)
        if gid > 0:
            self.closegroup(gid, body)
        return Group(gid, body)

    def make_groupref(self, gid, flags):
        return GroupRef(gid, (flags & C.FLAG_IGNORECASE) != 0,
                        self.group_lo[gid], self.group_hi[gid])

    def parse_conditional(self, flags, verbose, nested, start):
        condcodes = self.getuntil(')', "group name")
        condname = self.text_of(condcodes)
        if is_identifier(condcodes):
            gid = self.group_by_name(condname)
            if gid < 0:
                raise self.error("unknown group name %s" % quote_name(condname),
                                 len(condcodes) + 1)
        else:
            gid = 0
            for c in condcodes:
                if not cp_is_digit(c):
                    raise self.error("bad character in group name %s" % quote_name(condname),
                                     len(condcodes) + 1)
                if gid < MAXGROUPS:
                    gid = gid * 10 + (c - 48)
            if gid == 0:
                raise self.error("bad group number", len(condcodes) + 1)
            if gid >= MAXGROUPS:
                raise self.error("invalid group reference %d" % gid, len(condcodes) + 1)
            if gid not in self.grouprefpos_g:
                self.grouprefpos_g.append(gid)
                self.grouprefpos_p.append(self.pos - len(condcodes) - 1)
        self.checklookbehindgroup(gid)
        yes = self.parse_seq(flags, verbose, nested + 1, False)
        no = None
        if self.match('|'):
            no = self.parse_seq(flags, verbose, nested + 1, False)
            if self.peek() == 124:
                raise self.error("conditional backref with more than two branches")
        if not self.match(')'):
            raise self.error("missing ), unterminated subpattern", self.pos - start)
        return GroupRefExists(gid, yes, no)

    def parse_flags(self, c):
        """Returns -1 for global flags (added to self.flags), else
        add_flags | del_flags << 16."""
        add_flags = 0
        del_flags = 0
        if c != 45:
            while True:
                flag = flag_value(c)
                if not self.is_bytes:
                    if c == 76:
                        raise self.error("bad inline flags: cannot use 'L' flag with a str pattern")
                else:
                    if c == 117:
                        raise self.error("bad inline flags: cannot use 'u' flag with a bytes pattern")
                add_flags |= flag
                if (flag & C.TYPE_FLAGS) and (add_flags & C.TYPE_FLAGS) != flag:
                    raise self.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
                c = self.get()
                if c < 0:
                    raise self.error("missing -, : or )")
                if c == 41 or c == 45 or c == 58:
                    break
                if flag_value(c) == 0:
                    if cp_is_asciiletter(c):
                        raise self.error("unknown flag", 1)
                    raise self.error("missing -, : or )", 1)
        if c == 41:
            self.flags |= add_flags
            return -1
        if c == 45:
            c = self.get()
            if c < 0:
                raise self.error("missing flag")
            if flag_value(c) == 0:
                if cp_is_asciiletter(c):
                    raise self.error("unknown flag", 1)
                raise self.error("missing flag", 1)
            while True:
                flag = flag_value(c)
                if flag & C.TYPE_FLAGS:
                    raise self.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
                del_flags |= flag
                c = self.get()
                if c < 0:
                    raise self.error("missing :")
                if c == 58:
                    break
                if flag_value(c) == 0:
                    if cp_is_asciiletter(c):
                        raise self.error("unknown flag", 1)
                    raise self.error("missing :", 1)
        if add_flags & del_flags:
            raise self.error("bad inline flags: flag turned on and off", 1)
        return add_flags | (del_flags << 16)

    # -- escapes

    def parse_hex(self, ndigits, start):
        val = 0
        for i in range(ndigits):
            c = self.peek()
            if not cp_is_hexdigit(c):
                raise self.error("incomplete escape %s" % self.text(start, self.pos),
                                 self.pos - start)
            self.advance()
            val = val * 16 + cp_hexval(c)
        return val

    def parse_common_escape(self, c, start):
        """Escapes with the same meaning in and out of classes; returns a
        code point, or -1 if c is not one of them."""
        if c == 97:
            return 7
        elif c == 102:
            return 12
        elif c == 110:
            return 10
        elif c == 114:
            return 13
        elif c == 116:
            return 9
        elif c == 118:
            return 11
        elif c == 92:
            return 92
        elif c == 120:                            # \xhh
            return self.parse_hex(2, start)
        elif not self.is_bytes and c == 117:      # \uhhhh
            return self.parse_hex(4, start)
        elif not self.is_bytes and c == 85:       # \Uhhhhhhhh
            val = self.parse_hex(8, start)
            if val > 0x10FFFF:
                raise self.error("bad escape %s" % self.text(start, self.pos),
                                 self.pos - start)
            return val
        return -1

    def category_of(self, c):
        if c == 100:
            return C.CAT_DIGIT
        elif c == 68:
            return C.CAT_NOT_DIGIT
        elif c == 115:
            return C.CAT_SPACE
        elif c == 83:
            return C.CAT_NOT_SPACE
        elif c == 119:
            return C.CAT_WORD
        elif c == 87:
            return C.CAT_NOT_WORD
        return -1

    def parse_escape(self, flags):
        """After a backslash outside a class."""
        start = self.pos - 1
        c = self.get_escape_char()
        ignore = (flags & C.FLAG_IGNORECASE) != 0
        cat = self.category_of(c)
        if cat >= 0:
            return InSet([SetItem(SET_CAT, cat, 0)], False, False)
        if c == 65:
            return At(C.AT_BEGINNING_STRING)
        if c == 90:
            return At(C.AT_END_STRING)
        if c == 98:
            return At(C.AT_BOUNDARY)
        if c == 66:
            return At(C.AT_NON_BOUNDARY)
        cp = self.parse_common_escape(c, start)
        if cp >= 0:
            return self.make_literal(cp, flags)
        if c == 48:                               # \0: octal
            val = 0
            for i in range(2):
                if cp_is_octdigit(self.peek()):
                    val = val * 8 + self.get() - 48
            return self.make_literal(val, flags)
        if cp_is_digit(c):
            if cp_is_digit(self.peek()):
                c2 = self.get()
                if cp_is_octdigit(c) and cp_is_octdigit(c2) and cp_is_octdigit(self.peek()):
                    c3 = self.get()
                    val = (c - 48) * 64 + (c2 - 48) * 8 + (c3 - 48)
                    if val > 0o377:
                        raise self.error("octal escape value %s outside of range 0-0o377"
                                         % self.text(start, self.pos), 4)
                    return self.make_literal(val, flags)
                gid = (c - 48) * 10 + (c2 - 48)
            else:
                gid = c - 48
            if gid <= self.ngroups:
                if not self.checkgroup(gid):
                    raise self.error("cannot refer to an open group", self.pos - start)
                self.checklookbehindgroup(gid)
                return self.make_groupref(gid, flags)
            raise self.error("invalid group reference %d" % gid, self.pos - start - 1)
        if c < 128 and (cp_is_asciiletter(c) or cp_is_digit(c)):
            raise self.error("bad escape %s" % self.text(start, self.pos), 2)
        return self.make_literal(c, flags)

    def parse_class_escape(self, start):
        """After a backslash inside a class: a SetItem (literal or category)."""
        c = self.get_escape_char()
        cat = self.category_of(c)
        if cat >= 0:
            return SetItem(SET_CAT, cat, 0)
        if c == 98:                               # \b is a backspace here
            return SetItem(SET_LIT, 8, 0)
        cp = self.parse_common_escape(c, start)
        if cp >= 0:
            return SetItem(SET_LIT, cp, 0)
        if cp_is_octdigit(c):
            val = c - 48
            for i in range(2):
                if cp_is_octdigit(self.peek()):
                    val = val * 8 + self.get() - 48
            if val > 0o377:
                raise self.error("octal escape value %s outside of range 0-0o377"
                                 % self.text(start, self.pos), self.pos - start)
            return SetItem(SET_LIT, val, 0)
        if c < 128 and (cp_is_asciiletter(c) or cp_is_digit(c)):
            raise self.error("bad escape %s" % self.text(start, self.pos), 2)
        return SetItem(SET_LIT, c, 0)

    def parse_class(self, flags):
        """After '['."""
        here = self.pos - 1
        items = []
        negate = self.match('^')
        while True:
            start = self.pos
            c = self.get()
            if c < 0:
                raise self.error("unterminated character set", self.pos - here)
            if c == 93 and len(items) > 0:        # ']'
                break
            if c == 92:
                item1 = self.parse_class_escape(start)
            else:
                item1 = SetItem(SET_LIT, c, 0)
            end1 = self.pos
            if self.match('-'):
                start2 = self.pos
                c2 = self.get()
                if c2 < 0:
                    raise self.error("unterminated character set", self.pos - here)
                if c2 == 93:
                    items.append(item1)
                    items.append(SetItem(SET_LIT, 45, 0))
                    break
                if c2 == 92:
                    item2 = self.parse_class_escape(start2)
                else:
                    item2 = SetItem(SET_LIT, c2, 0)
                if item1.kind != SET_LIT or item2.kind != SET_LIT or item2.a < item1.a:
                    raise self.error("bad character range %s-%s" % (
                        self.text(start, end1), self.text(start2, self.pos)),
                        self.pos - start)
                items.append(SetItem(SET_RANGE, item1.a, item2.a))
            else:
                items.append(item1)
        ignore = (flags & C.FLAG_IGNORECASE) != 0
        if len(items) == 1 and items[0].kind == SET_LIT:
            c = items[0].a
            if negate:
                return NotLit(c, ignore and C.has_case(c))
            return Lit(c, ignore and C.has_case(c))
        return InSet(items, negate, ignore)


def parse(codes, is_bytes, flags):
    p = Parser(codes, is_bytes, flags)
    p.check_next()
    verbose = (flags & C.FLAG_VERBOSE) != 0
    tree = p.parse_sub(flags, verbose, 0)
    if p.pos < p.n:
        # only a ')' can stop the top level early
        raise p.error("unbalanced parenthesis")
    for i in range(len(p.grouprefpos_g)):
        if p.grouprefpos_g[i] > p.ngroups:
            raise RegexError("invalid group reference %d" % p.grouprefpos_g[i],
                             p.grouprefpos_p[i])
    return Parsed(tree, p.ngroups, p.groupnames, p.groupnums, p.flags)
