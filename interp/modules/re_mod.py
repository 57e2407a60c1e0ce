"""re (and ure): regular expressions, with CPython 3's API (MicroPython's re
is a subset of it).

Patterns are compiled at run time by interp/regex (parser + compiler) into
SRE code that rpython.rlib.rsre runs.  A str subject that is ASCII is matched
directly on its UTF-8 bytes; a non-ASCII one is decoded to a unicode string
first, so that positions are code point indices, as Python's are.  \\d \\w \\s
\\b and IGNORECASE are ASCII-only (as in MicroPython, and as micropy's str
methods are).  re.error is a subclass of ValueError (what MicroPython raises
for bad patterns), with CPython's messages and msg/pattern/pos attributes.

Iterating functions (sub, findall, finditer, split) follow CPython >= 3.7 on
empty matches: an empty match is allowed right after a non-empty one, and
after an empty match the next one must not be empty at the same place."""
from rpython.rlib import jit
from rpython.rlib.rstring import StringBuilder, UnicodeBuilder
from rpython.rlib.rsre import rsre_core
from interp.regex import rsre_fix            # installs a fix in rsre_core
from interp.regex import compiler
from interp.regex import consts as C
from interp.regex.parser import RegexError, RegexOverflow, RegexRecursion
from interp.objects.root import W_Root, TypeDef
from interp.objects.moduleobject import W_Module
from interp.objects.funcobject import W_BuiltinFunction
from interp.objects.strobject import W_Str, str_repr
from interp.objects.bytesobject import W_Bytes, bytes_repr
from interp.objects.intobject import W_AbstractInt
from interp.objects.iterobject import W_Iterator
from interp.objects.exceptionobject import W_BaseException
from interp.objects import bufferobject
from interp.gateway import Arguments
from interp.error import oefmt, OperationError
from interp import utf8

assert rsre_fix

MAXSIZE = (1 << 62)


class State(object):
    def __init__(self):
        self.w_error = None
        self.w_pattern_type = None
        self.w_match_type = None
        self.cache = {}
        self.last_subject = None   # the last non-ASCII str subject, decoded

state = State()


# ____________________________________________________________
# argument parsing

def parse_args(space, args, fname, names, nreq):
    """The arguments (after self) by position or keyword, None if missing."""
    n = len(names)
    res = [None] * n
    npos = args.npos()
    if npos > n:
        raise oefmt(space.w_TypeError, "%s() takes at most %d arguments (%d given)"
                    % (fname, n, npos))
    for i in range(npos):
        res[i] = args.args_w[i]
    kw_names = args.kw_names
    if kw_names is not None:
        for k in range(len(kw_names)):
            name = kw_names[k]
            found = False
            for i in range(n):
                if names[i] == name:
                    if res[i] is not None:
                        raise oefmt(space.w_TypeError, "argument for %s() given by name "
                                    "('%s') and position" % (fname, name))
                    res[i] = args.kw_values_w[k]
                    found = True
                    break
            if not found:
                raise oefmt(space.w_TypeError, "'%s' is an invalid keyword argument for %s()"
                            % (name, fname))
    for i in range(nreq):
        if res[i] is None:
            raise oefmt(space.w_TypeError, "%s() missing required argument '%s' (pos %d)"
                        % (fname, names[i], i + 1))
    return res


def int_arg(space, w_x, default):
    if w_x is None:
        return default
    return space.getindex_nocheck(w_x)


# ____________________________________________________________
# errors

def decode_codes(s, is_bytes):
    """The code points of a str's UTF-8 (or the bytes of a bytes)."""
    codes = []
    if is_bytes:
        for c in s:
            codes.append(ord(c))
    else:
        pos = 0
        n = len(s)
        while pos < n:
            codes.append(utf8.decode_at(s, pos))
            pos += utf8.char_len_at(s, pos)
    return codes


def re_error(space, msg, w_pattern, codes, pos):
    """An OperationError carrying a re.error like CPython's."""
    if pos >= 0 and w_pattern is not None:
        args_w = [space.newtext(msg), w_pattern, space.newint(pos)]
    else:
        args_w = [space.newtext(msg)]
    w_exc = space.call_function(state.w_error, args_w)
    return OperationError(state.w_error, w_exc)


def error_init(space, args):
    """re.error.__init__(self, msg, pattern=None, pos=None), as CPython's."""
    if args.npos() < 1:
        raise oefmt(space.w_TypeError, "descriptor '__init__' needs an argument")
    w_self = args.args_w[0]
    rest = Arguments(args.args_w[1:], args.kw_names, args.kw_values_w)
    a = parse_args(space, rest, 'error', ['msg', 'pattern', 'pos'], 1)
    w_msg = a[0]
    w_pattern = a[1] if a[1] is not None else space.w_None
    w_pos = a[2] if a[2] is not None else space.w_None
    w_lineno = space.w_None
    w_colno = space.w_None
    w_full = w_msg
    if not space.is_none(w_pattern) and not space.is_none(w_pos):
        pos = space.int_w(w_pos)
        full = '%s at position %d' % (space.str_w(w_msg), pos)
        codes = None
        if isinstance(w_pattern, W_Str):
            codes = decode_codes(w_pattern.utf8, False)
        else:
            data = bufferobject.buffer_w(space, w_pattern)
            if data is not None:
                codes = decode_codes(data, True)
        if codes is not None:
            lineno = 1
            last_nl = -1
            has_newline = False
            for i in range(len(codes)):
                if codes[i] == 10:
                    has_newline = True
                    if i < pos:
                        lineno += 1
                        last_nl = i
            w_lineno = space.newint(lineno)
            w_colno = space.newint(pos - last_nl)
            if has_newline:
                full = '%s (line %d, column %d)' % (full, lineno, pos - last_nl)
        w_full = space.newtext(full)
    if isinstance(w_self, W_BaseException):
        w_self.args_w = [w_full]
    space.setattr(w_self, 'msg', w_msg)
    space.setattr(w_self, 'pattern', w_pattern)
    space.setattr(w_self, 'pos', w_pos)
    space.setattr(w_self, 'lineno', w_lineno)
    space.setattr(w_self, 'colno', w_colno)
    return space.w_None


# ____________________________________________________________
# compiled patterns

class W_Pattern(W_Root):
    _attrs_ = ['code', 'w_pattern', 'is_bytes', 'flags', 'ngroups', 'groupnames',
               'groupnums']
    _immutable_fields_ = ['code[*]', 'w_pattern', 'is_bytes', 'flags', 'ngroups',
                          'groupnames', 'groupnums']

    def __init__(self, code, w_pattern, is_bytes, flags, ngroups, groupnames, groupnums):
        self.code = code
        self.w_pattern = w_pattern
        self.is_bytes = is_bytes
        self.flags = flags
        self.ngroups = ngroups
        self.groupnames = groupnames
        self.groupnums = groupnums

    def getclass(self, space):
        return state.w_pattern_type

    def group_by_name(self, name):
        for i in range(len(self.groupnames)):
            if self.groupnames[i] == name:
                return self.groupnums[i]
        return -1

    def name_of_group(self, gid):
        for i in range(len(self.groupnums)):
            if self.groupnums[i] == gid:
                return self.groupnames[i]
        return None


def check_flags(space, is_bytes, flags):
    if not is_bytes:
        if flags & C.FLAG_LOCALE:
            raise oefmt(space.w_ValueError, "cannot use LOCALE flag with a str pattern")
        if not (flags & C.FLAG_ASCII):
            flags |= C.FLAG_UNICODE
        elif flags & C.FLAG_UNICODE:
            raise oefmt(space.w_ValueError, "ASCII and UNICODE flags are incompatible")
    else:
        if flags & C.FLAG_UNICODE:
            raise oefmt(space.w_ValueError, "cannot use UNICODE flag with a bytes pattern")
        if (flags & C.FLAG_LOCALE) and (flags & C.FLAG_ASCII):
            raise oefmt(space.w_ValueError, "ASCII and LOCALE flags are incompatible")
    return flags


def compile_w(space, w_pattern, flags):
    if isinstance(w_pattern, W_Pattern):
        if flags != 0:
            raise oefmt(space.w_ValueError,
                        "cannot process flags argument with a compiled pattern")
        return w_pattern
    if isinstance(w_pattern, W_Str):
        is_bytes = False
        s = w_pattern.utf8
    elif isinstance(w_pattern, W_Bytes):
        is_bytes = True
        s = w_pattern.value
    else:
        raise oefmt(space.w_TypeError, "first argument must be string or compiled pattern")
    if is_bytes:
        key = 'b%d:%s' % (flags, s)
    else:
        key = 's%d:%s' % (flags, s)
    w_res = state.cache.get(key, None)
    if w_res is not None:
        return w_res
    w_res = really_compile(space, w_pattern, s, is_bytes, flags)
    if len(state.cache) >= 256:
        state.cache.clear()
    state.cache[key] = w_res
    return w_res


def really_compile(space, w_pattern, s, is_bytes, flags):
    codes = decode_codes(s, is_bytes)
    check_flags(space, is_bytes, flags)
    try:
        comp = compiler.compile_pattern(codes, is_bytes, flags)
    except RegexError as e:
        raise re_error(space, e.msg, w_pattern, codes, e.pos)
    except RegexOverflow as e:
        raise oefmt(space.w_OverflowError, e.msg)
    except RegexRecursion as e:
        raise oefmt(space.w_RecursionError, e.msg)
    final_flags = check_flags(space, is_bytes, comp.flags)
    return W_Pattern(comp.code, w_pattern, is_bytes, final_flags, comp.ngroups,
                     comp.groupnames, comp.groupnums)


# ____________________________________________________________
# subjects

class Subject(object):
    """The string being searched, in the form the matcher needs."""
    def __init__(self, w_obj, is_bytes, data, length, uni):
        self.w_obj = w_obj
        self.is_bytes = is_bytes
        self.data = data            # the bytes, or the str's UTF-8
        self.length = length        # in code points
        self.uni = uni              # for a non-ASCII str: the code points
        self.offsets = None         # then: byte offset of each code point

    def byte_offset(self, i):
        if self.uni is None:
            return i
        offsets = self.offsets
        if offsets is None:
            offsets = build_offsets(self.data, self.length)
            self.offsets = offsets
        return offsets[i]

    def slice_data(self, a, b):
        """The bytes of code points a..b (0 <= a <= b <= length)."""
        x = self.byte_offset(a)
        y = self.byte_offset(b)
        assert 0 <= x <= y
        return self.data[x:y]

    def slice(self, space, a, b):
        if a < 0 or b < a:
            return space.w_None
        s = self.slice_data(a, b)
        if self.is_bytes:
            return space.newbytes(s)
        return space.newtext_len(s, b - a)

    def empty(self, space):
        if self.is_bytes:
            return space.newbytes('')
        return space.newtext_len('', 0)


@jit.dont_look_inside
def decode_unicode(s, n):
    b = UnicodeBuilder(n)
    pos = 0
    while pos < len(s):
        b.append(unichr(utf8.decode_at(s, pos)))
        pos += utf8.char_len_at(s, pos)
    return b.build()


@jit.dont_look_inside
def build_offsets(s, length):
    offsets = [0] * (length + 1)
    pos = 0
    for k in range(length):
        offsets[k] = pos
        pos += utf8.char_len_at(s, pos)
    offsets[length] = pos
    return offsets


def get_subject(space, w_pattern, w_string):
    if isinstance(w_string, W_Str):
        if w_pattern.is_bytes:
            raise oefmt(space.w_TypeError, "cannot use a bytes pattern on a string-like object")
        s = w_string.utf8
        n = w_string.length
        if n == len(s):
            return Subject(w_string, False, s, n, None)
        # str objects are immutable: reuse the decoding of the same object
        # (a tokenizer calls p.match(s, pos) many times on one string)
        last = state.last_subject
        if last is not None and last.w_obj is w_string:
            return last
        subject = Subject(w_string, False, s, n, decode_unicode(s, n))
        state.last_subject = subject
        return subject
    data = bufferobject.buffer_w(space, w_string)
    if data is None:
        raise oefmt(space.w_TypeError, "expected string or bytes-like object, got '%s'"
                    % space.type_name(w_string))
    if not w_pattern.is_bytes:
        raise oefmt(space.w_TypeError, "cannot use a string pattern on a bytes-like object")
    return Subject(w_string, True, data, len(data), None)


def make_ctx(subject, code, start, end):
    if subject.uni is not None:
        return rsre_core.UnicodeMatchContext(code, subject.uni, start, end, 0)
    return rsre_core.StrMatchContext(code, subject.data, start, end, 0)


def adjust(pos, endpos, length):
    if pos < 0:
        pos = 0
    elif pos > length:
        pos = length
    if endpos < 0:
        endpos = 0
    elif endpos > length:
        endpos = length
    return pos, endpos


@jit.dont_look_inside     # sre_match() wants a green pattern position in traces
def match_nonempty(ctx, start):
    """A match at start that is not empty (backtracking past empty ones)."""
    r = rsre_core.sre_match(ctx, 0, start, None)
    while r is not None and ctx.match_end == start:
        r = r.move_to_next_result(ctx)
    return r is not None


def search_ctx(ctx, must_advance):
    """rsre's search, where must_advance forbids an empty match at the start."""
    start = ctx.match_start
    if ctx.end < start:
        return False
    if must_advance:
        if match_nonempty(ctx, start):
            ctx.match_start = start
            return True
        if start >= ctx.end:
            return False
        ctx.reset(start + 1)
    return rsre_core.search_context(ctx)


class Scanner(object):
    """Successive non-overlapping matches (CPython >= 3.7 rules)."""
    def __init__(self, w_pattern, subject, pos, endpos):
        self.w_pattern = w_pattern
        self.subject = subject
        self.pos = pos
        self.end = endpos
        self.must_advance = False

    def next(self):
        if self.pos > self.end:
            return None
        ctx = make_ctx(self.subject, self.w_pattern.code, self.pos, self.end)
        if not search_ctx(ctx, self.must_advance):
            self.pos = self.end + 1
            return None
        self.must_advance = ctx.match_end == ctx.match_start
        self.pos = ctx.match_end
        return ctx


# ____________________________________________________________
# match objects

class W_Match(W_Root):
    _attrs_ = ['w_pattern', 'subject', 'spans', 'pos', 'endpos', 'lastindex']
    _immutable_fields_ = ['w_pattern', 'subject', 'spans[*]', 'pos', 'endpos', 'lastindex']

    def __init__(self, w_pattern, subject, spans, pos, endpos, lastindex):
        self.w_pattern = w_pattern
        self.subject = subject
        self.spans = spans          # start, end of group 0, 1, ... (-1: unmatched)
        self.pos = pos
        self.endpos = endpos
        self.lastindex = lastindex  # -1: None

    def getclass(self, space):
        return state.w_match_type

    def group_w(self, space, g):
        return self.subject.slice(space, self.spans[2 * g], self.spans[2 * g + 1])

    def group_or(self, space, g, w_default):
        a = self.spans[2 * g]
        b = self.spans[2 * g + 1]
        if a < 0 or b < a:
            return w_default
        return self.subject.slice(space, a, b)

    def group_index(self, space, w_g):
        if isinstance(w_g, W_AbstractInt):
            try:
                g = space.int_w(w_g)
            except OperationError:
                g = -1
            if 0 <= g <= self.w_pattern.ngroups:
                return g
        elif isinstance(w_g, W_Str):
            g = self.w_pattern.group_by_name(w_g.utf8)
            if g >= 0:
                return g
        raise oefmt(space.w_IndexError, "no such group")


def make_match(w_pattern, subject, ctx, pos, endpos):
    n = w_pattern.ngroups
    spans = [-1] * (2 * n + 2)
    spans[0] = ctx.match_start
    spans[1] = ctx.match_end
    lastindex = -1
    mark = ctx.match_marks
    while mark is not None:
        gid = mark.gid
        if lastindex < 0 and (gid & 1) == 1 and gid // 2 + 1 <= n:
            lastindex = gid // 2 + 1       # (not a hidden group of (?>...))
        idx = gid + 2
        if idx < len(spans) and spans[idx] == -1:
            spans[idx] = mark.position
        mark = mark.prev
    for g in range(1, n + 1):
        if spans[2 * g] < 0 or spans[2 * g + 1] < 0 or spans[2 * g + 1] < spans[2 * g]:
            spans[2 * g] = -1
            spans[2 * g + 1] = -1
    return W_Match(w_pattern, subject, spans, pos, endpos, lastindex)


match_typedef = TypeDef('Match', W_Match, acceptable_as_base=False)


@match_typedef.raw_method('group')
def match_group(space, w_self, args):
    if args.has_kw():
        raise oefmt(space.w_TypeError, "group() takes no keyword arguments")
    n = args.npos()
    if n == 0:
        return w_self.group_w(space, 0)
    if n == 1:
        return w_self.group_w(space, w_self.group_index(space, args.args_w[0]))
    items_w = []
    for w_g in args.args_w:
        items_w.append(w_self.group_w(space, w_self.group_index(space, w_g)))
    return space.newtuple(items_w)


@match_typedef.method('__getitem__', 1)
def match_getitem(space, w_self, w_g):
    return w_self.group_w(space, w_self.group_index(space, w_g))


@match_typedef.raw_method('groups')
def match_groups(space, w_self, args):
    a = parse_args(space, args, 'groups', ['default'], 0)
    w_default = a[0] if a[0] is not None else space.w_None
    items_w = []
    for g in range(1, w_self.w_pattern.ngroups + 1):
        items_w.append(w_self.group_or(space, g, w_default))
    return space.newtuple(items_w)


@match_typedef.raw_method('groupdict')
def match_groupdict(space, w_self, args):
    a = parse_args(space, args, 'groupdict', ['default'], 0)
    w_default = a[0] if a[0] is not None else space.w_None
    w_d = space.newdict()
    p = w_self.w_pattern
    for i in range(len(p.groupnames)):
        space.setitem(w_d, space.newtext(p.groupnames[i]),
                      w_self.group_or(space, p.groupnums[i], w_default))
    return w_d


def _span_of(space, w_self, w_g):
    if w_g is None:
        g = 0
    else:
        g = w_self.group_index(space, w_g)
    a = w_self.spans[2 * g]
    b = w_self.spans[2 * g + 1]
    return a, b


@match_typedef.method('start', 0, 1)
def match_start(space, w_self, w_g):
    a, b = _span_of(space, w_self, w_g)
    return space.newint(a)


@match_typedef.method('end', 0, 1)
def match_end(space, w_self, w_g):
    a, b = _span_of(space, w_self, w_g)
    return space.newint(b)


@match_typedef.method('span', 0, 1)
def match_span(space, w_self, w_g):
    a, b = _span_of(space, w_self, w_g)
    return space.newtuple([space.newint(a), space.newint(b)])


@match_typedef.method('expand', 1)
def match_expand(space, w_self, w_template):
    tpl = parse_template(space, w_self.w_pattern, w_template)
    b = StringBuilder()
    tpl.expand(b, w_self.subject, w_self.spans)
    return wrap_result(space, w_self.w_pattern.is_bytes, b.build())


@match_typedef.method('__repr__', 0)
def match_repr(space, w_self):
    w_g = w_self.group_w(space, 0)
    return space.newtext('<re.Match object; span=(%d, %d), match=%s>' % (
        w_self.spans[0], w_self.spans[1], truncate(space.repr_w(w_g), 50)))


def truncate(s, n):
    """The first n code points of s (as CPython's %.<n>R does)."""
    if utf8.codepoints_in(s) <= n:
        return s
    return s[:utf8.byte_offset(s, n)]


def _match_self(space, args):
    w_self = args.args_w[0]
    if not isinstance(w_self, W_Match):
        raise oefmt(space.w_TypeError, "descriptor requires a 're.Match' object")
    return w_self


def _match_string(space, args):
    return _match_self(space, args).subject.w_obj


def _match_re(space, args):
    return _match_self(space, args).w_pattern


def _match_pos(space, args):
    return space.newint(_match_self(space, args).pos)


def _match_endpos(space, args):
    return space.newint(_match_self(space, args).endpos)


def _match_lastindex(space, args):
    w_self = _match_self(space, args)
    if w_self.lastindex < 0:
        return space.w_None
    return space.newint(w_self.lastindex)


def _match_lastgroup(space, args):
    w_self = _match_self(space, args)
    if w_self.lastindex < 0:
        return space.w_None
    name = w_self.w_pattern.name_of_group(w_self.lastindex)
    if name is None:
        return space.w_None
    return space.newtext(name)


def _match_regs(space, args):
    w_self = _match_self(space, args)
    items_w = []
    for g in range(w_self.w_pattern.ngroups + 1):
        items_w.append(space.newtuple([space.newint(w_self.spans[2 * g]),
                                       space.newint(w_self.spans[2 * g + 1])]))
    return space.newtuple(items_w)


match_typedef.add_getset('string', _match_string)
match_typedef.add_getset('re', _match_re)
match_typedef.add_getset('pos', _match_pos)
match_typedef.add_getset('endpos', _match_endpos)
match_typedef.add_getset('lastindex', _match_lastindex)
match_typedef.add_getset('lastgroup', _match_lastgroup)
match_typedef.add_getset('regs', _match_regs)


# ____________________________________________________________
# templates for sub() and expand()

class Template(object):
    """Literal pieces (bytes) and group numbers: group[i] >= 0 means a group,
    else pieces[i] is copied."""
    def __init__(self, pieces, groups):
        self.pieces = pieces
        self.groups = groups

    def expand(self, b, subject, spans):
        for i in range(len(self.pieces)):
            g = self.groups[i]
            if g < 0:
                b.append(self.pieces[i])
            else:
                x = spans[2 * g]
                y = spans[2 * g + 1]
                if x >= 0 and y >= x:
                    b.append(subject.slice_data(x, y))


def template_error(space, msg, w_template, codes, pos):
    return re_error(space, msg, w_template, codes, pos)


@jit.dont_look_inside
def parse_template(space, w_pattern, w_template):
    is_bytes = w_pattern.is_bytes
    if is_bytes:
        s = bufferobject.buffer_w(space, w_template)
        if s is None:
            raise oefmt(space.w_TypeError, "expected a bytes-like object, %s found"
                        % space.type_name(w_template))
    else:
        if not isinstance(w_template, W_Str):
            raise oefmt(space.w_TypeError, "expected str instance, %s found"
                        % space.type_name(w_template))
        s = w_template.utf8
    pieces = []
    groups = []
    if '\\' not in s:
        pieces.append(s)
        groups.append(-1)
        return Template(pieces, groups)
    codes = decode_codes(s, is_bytes)
    lit = []            # code points of the literal being collected
    n = len(codes)
    i = 0
    while i < n:
        c = codes[i]
        i += 1
        if c != 92:
            lit.append(c)
            continue
        start = i - 1
        assert start >= 0
        if i >= n:
            raise template_error(space, "bad escape (end of pattern)", w_template, codes,
                                 n - 1)
        c = codes[i]
        i += 1
        gid = -1
        if c == 103:                          # \g<name>
            if i >= n or codes[i] != 60:
                raise template_error(space, "missing <", w_template, codes, i)
            i += 1
            name_start = i
            while i < n and codes[i] != 62:
                i += 1
            if i >= n:
                if i == name_start:
                    raise template_error(space, "missing group name", w_template, codes, i)
                raise template_error(space, "missing >, unterminated name", w_template,
                                     codes, name_start)
            assert name_start >= 0
            namecodes = codes[name_start:i]
            i += 1
            if len(namecodes) == 0:
                raise template_error(space, "missing group name", w_template, codes, i - 1)
            name = encode_codes(namecodes, is_bytes)
            from interp.regex.parser import is_identifier, quote_name
            if is_identifier(namecodes):
                gid = w_pattern.group_by_name(name)
                if gid < 0:
                    raise oefmt(space.w_IndexError, "unknown group name %s" % quote_name(name))
            else:
                gid = 0
                for d in namecodes:
                    if not (48 <= d <= 57):
                        raise template_error(space, "bad character in group name %s"
                                             % quote_name(name), w_template, codes, name_start)
                    if gid < C.MAXGROUPS:
                        gid = gid * 10 + (d - 48)
                if gid >= C.MAXGROUPS:
                    raise template_error(space, "invalid group reference %d" % gid,
                                         w_template, codes, name_start)
            if gid > w_pattern.ngroups:
                raise template_error(space, "invalid group reference %d" % gid, w_template,
                                     codes, name_start)
        elif c == 48:                         # \0 octal
            val = 0
            for k in range(2):
                if i < n and 48 <= codes[i] <= 55:
                    val = val * 8 + codes[i] - 48
                    i += 1
            lit.append(val & 0xFF)
            continue
        elif 48 <= c <= 57:
            if i < n and 48 <= codes[i] <= 57:
                c2 = codes[i]
                i += 1
                if c <= 55 and c2 <= 55 and i < n and 48 <= codes[i] <= 55:
                    val = (c - 48) * 64 + (c2 - 48) * 8 + (codes[i] - 48)
                    i += 1
                    if val > 0o377:
                        raise template_error(space, "octal escape value %s outside of range "
                                             "0-0o377" % encode_codes(codes[start:i], is_bytes),
                                             w_template, codes, start)
                    lit.append(val)
                    continue
                gid = (c - 48) * 10 + (c2 - 48)
            else:
                gid = c - 48
            if gid > w_pattern.ngroups:
                raise template_error(space, "invalid group reference %d" % gid, w_template,
                                     codes, start + 1)
        else:
            e = simple_escape(c)
            if e >= 0:
                lit.append(e)
            elif (65 <= c <= 90) or (97 <= c <= 122):
                raise template_error(space, "bad escape %s" % encode_codes(codes[start:i],
                                                                          is_bytes),
                                     w_template, codes, start)
            else:
                lit.append(92)
                lit.append(c)
            continue
        # a group reference
        if len(lit) > 0:
            pieces.append(encode_codes(lit, is_bytes))
            groups.append(-1)
            lit = []
        pieces.append('')
        groups.append(gid)
    if len(lit) > 0:
        pieces.append(encode_codes(lit, is_bytes))
        groups.append(-1)
    return Template(pieces, groups)


def simple_escape(c):
    if c == 97:
        return 7
    elif c == 98:
        return 8
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
    return -1


def encode_codes(codes, is_bytes):
    b = StringBuilder(len(codes))
    for c in codes:
        if is_bytes:
            b.append(chr(c & 0xFF))
        else:
            b.append(utf8.encode_codepoint(c))
    return b.build()


def wrap_result(space, is_bytes, s):
    if is_bytes:
        return space.newbytes(s)
    return space.newtext(s)


# ____________________________________________________________
# the operations

def do_match(space, w_pattern, w_string, pos, endpos, mode):
    """mode 0: match, 1: fullmatch, 2: search."""
    subject = get_subject(space, w_pattern, w_string)
    pos, endpos = adjust(pos, endpos, subject.length)
    ctx = make_ctx(subject, w_pattern.code, pos, endpos)
    if mode == 2:
        found = search_ctx(ctx, False)
    else:
        ctx.fullmatch_only = (mode == 1)
        found = rsre_core.match_context(ctx)
    if not found:
        return space.w_None
    return make_match(w_pattern, subject, ctx, pos, endpos)


def do_sub(space, w_pattern, w_repl, w_string, count, subn):
    subject = get_subject(space, w_pattern, w_string)
    is_bytes = w_pattern.is_bytes
    tpl = None
    w_func = None
    if isinstance(w_repl, W_Str) or isinstance(w_repl, W_Bytes) or not space.callable(w_repl):
        tpl = parse_template(space, w_pattern, w_repl)
    else:
        w_func = w_repl
    b = StringBuilder()
    scanner = Scanner(w_pattern, subject, 0, subject.length)
    last = 0
    n = 0
    while count == 0 or n < count:
        ctx = scanner.next()
        if ctx is None:
            break
        b.append(subject.slice_data(last, ctx.match_start))
        if tpl is not None:
            m = make_match(w_pattern, subject, ctx, 0, subject.length)
            tpl.expand(b, subject, m.spans)
        else:
            w_m = make_match(w_pattern, subject, ctx, 0, subject.length)
            w_r = space.call_function(w_func, [w_m])
            if not space.is_none(w_r):
                if is_bytes:
                    s = bufferobject.buffer_w(space, w_r)
                    if s is None:
                        raise oefmt(space.w_TypeError, "expected a bytes-like object, %s "
                                    "found" % space.type_name(w_r))
                    b.append(s)
                else:
                    if not isinstance(w_r, W_Str):
                        raise oefmt(space.w_TypeError, "expected str instance, %s found"
                                    % space.type_name(w_r))
                    b.append(w_r.utf8)
        last = ctx.match_end
        n += 1
    if n == 0 and (type(w_string) is W_Str or type(w_string) is W_Bytes):
        w_res = w_string
    else:
        b.append(subject.slice_data(last, subject.length))
        w_res = wrap_result(space, is_bytes, b.build())
    if subn:
        return space.newtuple([w_res, space.newint(n)])
    return w_res


def do_split(space, w_pattern, w_string, maxsplit):
    subject = get_subject(space, w_pattern, w_string)
    scanner = Scanner(w_pattern, subject, 0, subject.length)
    items_w = []
    last = 0
    n = 0
    while maxsplit == 0 or n < maxsplit:
        ctx = scanner.next()
        if ctx is None:
            break
        items_w.append(subject.slice(space, last, ctx.match_start))
        if w_pattern.ngroups > 0:
            m = make_match(w_pattern, subject, ctx, 0, subject.length)
            for g in range(1, w_pattern.ngroups + 1):
                items_w.append(m.group_w(space, g))
        last = ctx.match_end
        n += 1
    items_w.append(subject.slice(space, last, subject.length))
    return space.newlist(items_w)


def do_findall(space, w_pattern, w_string, pos, endpos):
    subject = get_subject(space, w_pattern, w_string)
    pos, endpos = adjust(pos, endpos, subject.length)
    scanner = Scanner(w_pattern, subject, pos, endpos)
    items_w = []
    ngroups = w_pattern.ngroups
    while True:
        ctx = scanner.next()
        if ctx is None:
            break
        if ngroups == 0:
            items_w.append(subject.slice(space, ctx.match_start, ctx.match_end))
        else:
            m = make_match(w_pattern, subject, ctx, pos, endpos)
            if ngroups == 1:
                items_w.append(m.group_or(space, 1, subject.empty(space)))
            else:
                groups_w = []
                for g in range(1, ngroups + 1):
                    groups_w.append(m.group_or(space, g, subject.empty(space)))
                items_w.append(space.newtuple(groups_w))
    return space.newlist(items_w)


class W_MatchIterator(W_Iterator):
    _attrs_ = ['scanner', 'pos', 'endpos']

    def __init__(self, scanner, pos, endpos):
        self.scanner = scanner
        self.pos = pos
        self.endpos = endpos

    def next_w(self, space):
        ctx = self.scanner.next()
        if ctx is None:
            return None
        return make_match(self.scanner.w_pattern, self.scanner.subject, ctx,
                          self.pos, self.endpos)


def do_finditer(space, w_pattern, w_string, pos, endpos):
    subject = get_subject(space, w_pattern, w_string)
    pos, endpos = adjust(pos, endpos, subject.length)
    return W_MatchIterator(Scanner(w_pattern, subject, pos, endpos), pos, endpos)


# ____________________________________________________________
# Pattern methods

pattern_typedef = TypeDef('Pattern', W_Pattern, acceptable_as_base=False)


def _make_match_method(fname, mode):
    def meth(space, w_self, args):
        a = parse_args(space, args, fname, ['string', 'pos', 'endpos'], 1)
        return do_match(space, w_self, a[0], int_arg(space, a[1], 0),
                        int_arg(space, a[2], MAXSIZE), mode)
    meth.__name__ = 'pattern_' + fname
    pattern_typedef.raw_method(fname)(meth)

_make_match_method('match', 0)
_make_match_method('fullmatch', 1)
_make_match_method('search', 2)


@pattern_typedef.raw_method('sub')
def pattern_sub(space, w_self, args):
    a = parse_args(space, args, 'sub', ['repl', 'string', 'count'], 2)
    return do_sub(space, w_self, a[0], a[1], int_arg(space, a[2], 0), False)


@pattern_typedef.raw_method('subn')
def pattern_subn(space, w_self, args):
    a = parse_args(space, args, 'subn', ['repl', 'string', 'count'], 2)
    return do_sub(space, w_self, a[0], a[1], int_arg(space, a[2], 0), True)


@pattern_typedef.raw_method('split')
def pattern_split(space, w_self, args):
    a = parse_args(space, args, 'split', ['string', 'maxsplit'], 1)
    return do_split(space, w_self, a[0], int_arg(space, a[1], 0))


@pattern_typedef.raw_method('findall')
def pattern_findall(space, w_self, args):
    a = parse_args(space, args, 'findall', ['string', 'pos', 'endpos'], 1)
    return do_findall(space, w_self, a[0], int_arg(space, a[1], 0),
                      int_arg(space, a[2], MAXSIZE))


@pattern_typedef.raw_method('finditer')
def pattern_finditer(space, w_self, args):
    a = parse_args(space, args, 'finditer', ['string', 'pos', 'endpos'], 1)
    return do_finditer(space, w_self, a[0], int_arg(space, a[1], 0),
                       int_arg(space, a[2], MAXSIZE))


FLAG_NAMES = [('re.TEMPLATE', C.FLAG_TEMPLATE), ('re.IGNORECASE', C.FLAG_IGNORECASE),
              ('re.LOCALE', C.FLAG_LOCALE), ('re.MULTILINE', C.FLAG_MULTILINE),
              ('re.DOTALL', C.FLAG_DOTALL), ('re.UNICODE', C.FLAG_UNICODE),
              ('re.VERBOSE', C.FLAG_VERBOSE), ('re.DEBUG', C.FLAG_DEBUG),
              ('re.ASCII', C.FLAG_ASCII)]


@pattern_typedef.method('__repr__', 0)
def pattern_repr(space, w_self):
    r = truncate(space.repr_w(w_self.w_pattern), 200)
    flags = w_self.flags
    if not w_self.is_bytes and (flags & C.TYPE_FLAGS) == C.FLAG_UNICODE:
        flags &= ~C.FLAG_UNICODE
    if flags == 0:
        return space.newtext('re.compile(%s)' % r)
    names = []
    for name, value in FLAG_NAMES:
        if flags & value:
            names.append(name)
            flags &= ~value
    if flags:
        names.append('0x%x' % flags)
    return space.newtext('re.compile(%s, %s)' % (r, '|'.join(names)))


@pattern_typedef.method('__eq__', 1)
def pattern_eq(space, w_self, w_other):
    if not isinstance(w_other, W_Pattern):
        return space.w_NotImplemented
    if w_self is w_other:
        return space.w_True
    return space.newbool(w_self.flags == w_other.flags and
                         w_self.is_bytes == w_other.is_bytes and
                         space.eq_w(w_self.w_pattern, w_other.w_pattern))


@pattern_typedef.method('__hash__', 0)
def pattern_hash(space, w_self):
    return space.newint(space.hash_w(w_self.w_pattern) ^ w_self.flags)


def _pattern_self(space, args):
    w_self = args.args_w[0]
    if not isinstance(w_self, W_Pattern):
        raise oefmt(space.w_TypeError, "descriptor requires a 're.Pattern' object")
    return w_self


def _pattern_pattern(space, args):
    return _pattern_self(space, args).w_pattern


def _pattern_flags(space, args):
    return space.newint(_pattern_self(space, args).flags)


def _pattern_groups(space, args):
    return space.newint(_pattern_self(space, args).ngroups)


def _pattern_groupindex(space, args):
    w_self = _pattern_self(space, args)
    w_d = space.newdict()
    for i in range(len(w_self.groupnames)):
        space.setitem(w_d, space.newtext(w_self.groupnames[i]),
                      space.newint(w_self.groupnums[i]))
    return w_d


pattern_typedef.add_getset('pattern', _pattern_pattern)
pattern_typedef.add_getset('flags', _pattern_flags)
pattern_typedef.add_getset('groups', _pattern_groups)
pattern_typedef.add_getset('groupindex', _pattern_groupindex)


# ____________________________________________________________
# module functions

def _flags_arg(space, w_flags):
    if w_flags is None:
        return 0
    return space.int_w(w_flags)


def re_compile(space, args):
    a = parse_args(space, args, 'compile', ['pattern', 'flags'], 1)
    return compile_w(space, a[0], _flags_arg(space, a[1]))


def _make_match_function(fname, mode):
    def func(space, args):
        a = parse_args(space, args, fname, ['pattern', 'string', 'flags'], 2)
        w_p = compile_w(space, a[0], _flags_arg(space, a[2]))
        return do_match(space, w_p, a[1], 0, MAXSIZE, mode)
    func.__name__ = 're_' + fname
    return func

re_match = _make_match_function('match', 0)
re_fullmatch = _make_match_function('fullmatch', 1)
re_search = _make_match_function('search', 2)


def re_sub(space, args):
    a = parse_args(space, args, 'sub', ['pattern', 'repl', 'string', 'count', 'flags'], 3)
    w_p = compile_w(space, a[0], _flags_arg(space, a[4]))
    return do_sub(space, w_p, a[1], a[2], int_arg(space, a[3], 0), False)


def re_subn(space, args):
    a = parse_args(space, args, 'subn', ['pattern', 'repl', 'string', 'count', 'flags'], 3)
    w_p = compile_w(space, a[0], _flags_arg(space, a[4]))
    return do_sub(space, w_p, a[1], a[2], int_arg(space, a[3], 0), True)


def re_split(space, args):
    a = parse_args(space, args, 'split', ['pattern', 'string', 'maxsplit', 'flags'], 2)
    w_p = compile_w(space, a[0], _flags_arg(space, a[3]))
    return do_split(space, w_p, a[1], int_arg(space, a[2], 0))


def re_findall(space, args):
    a = parse_args(space, args, 'findall', ['pattern', 'string', 'flags'], 2)
    w_p = compile_w(space, a[0], _flags_arg(space, a[2]))
    return do_findall(space, w_p, a[1], 0, MAXSIZE)


def re_finditer(space, args):
    a = parse_args(space, args, 'finditer', ['pattern', 'string', 'flags'], 2)
    w_p = compile_w(space, a[0], _flags_arg(space, a[2]))
    return do_finditer(space, w_p, a[1], 0, MAXSIZE)


SPECIAL_CHARS = '()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c'


def re_escape(space, args):
    a = parse_args(space, args, 'escape', ['pattern'], 1)
    w_s = a[0]
    if isinstance(w_s, W_Str):
        s = w_s.utf8
    else:
        s = bufferobject.buffer_w(space, w_s)
        if s is None:
            raise oefmt(space.w_TypeError, "expected str or bytes, got '%s'"
                        % space.type_name(w_s))
    b = StringBuilder(len(s) + 8)
    for c in s:
        if c in SPECIAL_CHARS:
            b.append('\\')
        b.append(c)
    if isinstance(w_s, W_Str):
        return space.newtext_len(b.build(), -1)
    return space.newbytes(b.build())


def re_purge(space, args):
    state.cache.clear()
    return space.w_None


def make_error_type(space):
    from interp.typedescr import make_class
    w_ns = space.newdict()
    space.setitem(w_ns, space.newtext('__module__'), space.newtext('re'))
    space.setitem(w_ns, space.newtext('__init__'), W_BuiltinFunction('__init__', error_init))
    return make_class(space, space.w_type, 'error', [space.w_ValueError], w_ns)


def make_module(space):
    state.w_pattern_type = space._maketype(pattern_typedef)
    state.w_match_type = space._maketype(match_typedef)
    state.w_error = make_error_type(space)
    w_mod = W_Module(space, 're')
    d = w_mod.w_dict
    for name, func in [('compile', re_compile), ('match', re_match),
                       ('fullmatch', re_fullmatch), ('search', re_search),
                       ('sub', re_sub), ('subn', re_subn), ('split', re_split),
                       ('findall', re_findall), ('finditer', re_finditer),
                       ('escape', re_escape), ('purge', re_purge)]:
        d.setitem_str(name, W_BuiltinFunction(name, func))
    d.setitem_str('error', state.w_error)
    d.setitem_str('Pattern', state.w_pattern_type)
    d.setitem_str('Match', state.w_match_type)
    for name, value in [('I', C.FLAG_IGNORECASE), ('IGNORECASE', C.FLAG_IGNORECASE),
                        ('L', C.FLAG_LOCALE), ('LOCALE', C.FLAG_LOCALE),
                        ('M', C.FLAG_MULTILINE), ('MULTILINE', C.FLAG_MULTILINE),
                        ('S', C.FLAG_DOTALL), ('DOTALL', C.FLAG_DOTALL),
                        ('U', C.FLAG_UNICODE), ('UNICODE', C.FLAG_UNICODE),
                        ('X', C.FLAG_VERBOSE), ('VERBOSE', C.FLAG_VERBOSE),
                        ('A', C.FLAG_ASCII), ('ASCII', C.FLAG_ASCII),
                        ('T', C.FLAG_TEMPLATE), ('TEMPLATE', C.FLAG_TEMPLATE),
                        ('DEBUG', C.FLAG_DEBUG), ('NOFLAG', 0)]:
        d.setitem_str(name, space.newint(value))
    return w_mod
