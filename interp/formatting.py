"""The format-spec mini-language (format(), f-strings, str.format) and
printf-style `%` formatting."""
import math
from rpython.rlib.rfloat import formatd, isfinite, DTSF_ADD_DOT_0, DTSF_ALT
from rpython.rlib.rstring import StringBuilder
from rpython.rlib import rstring
from rpython.rlib.rbigint import rbigint
from interp.error import oefmt
from interp import utf8


class Spec(object):
    def __init__(self):
        self.fill = ' '
        self.align = '\0'
        self.sign = '-'
        self.alternate = False
        self.zero = False
        self.width = -1
        self.grouping = '\0'
        self.precision = -1
        self.type = '\0'
        self.sign_given = False     # a sign char was in the spec (even '-')
        self.zero_align = False     # align '=' came from the '0' flag only


def _spec_number(space, digits):
    if len(digits) > 18:
        raise oefmt(space.w_ValueError, "Too many decimal digits in format string")
    return int(digits)


def parse_spec(space, spec):
    s = Spec()
    i = 0
    n = len(spec)
    # fill and align: the fill may be a multi-byte character
    if n > 0:
        k = utf8.char_len_at(spec, 0)
        if k < n and spec[k] in '<>=^':
            s.fill = spec[0:k]
            s.align = spec[k]
            i = k + 1
        elif spec[0] in '<>=^':
            s.align = spec[0]
            i = 1
    if i < n and spec[i] in '+- ':
        s.sign = spec[i]
        s.sign_given = True
        i += 1
    if i < n and spec[i] == '#':
        s.alternate = True
        i += 1
    if i < n and spec[i] == '0':
        s.zero = True
        if s.align == '\0':
            s.fill = '0'
            s.align = '='
            s.zero_align = True
        i += 1
    start = i
    while i < n and '0' <= spec[i] <= '9':
        i += 1
    if i > start:
        s.width = _spec_number(space, spec[start:i])
    if i < n and (spec[i] == ',' or spec[i] == '_'):
        s.grouping = spec[i]
        i += 1
    if i < n and spec[i] == '.':
        i += 1
        start = i
        while i < n and '0' <= spec[i] <= '9':
            i += 1
        if i == start:
            raise oefmt(space.w_ValueError, "format spec missing precision")
        s.precision = _spec_number(space, spec[start:i])
    if i < n:
        s.type = spec[i]
        i += 1
    if i < n:
        raise oefmt(space.w_ValueError, "invalid format specifier")
    return s


def pad(s, spec, default_align, prefix_len=0):
    """Apply width/fill/align to s; '=' puts padding after the first prefix_len bytes."""
    length = utf8.codepoints_in(s)
    if spec.width <= length:
        return s
    n = spec.width - length
    align = spec.align if spec.align != '\0' else default_align
    fill = spec.fill
    if align == '<':
        return s + fill * n
    if align == '>':
        return fill * n + s
    if align == '^':
        left = n // 2
        return fill * left + s + fill * (n - left)
    # '='
    return s[:prefix_len] + fill * n + s[prefix_len:]


def group_digits(digits, sep, every):
    if len(digits) <= every:
        return digits
    parts = []
    end = len(digits)
    while end > 0:
        start = end - every
        if start < 0:
            start = 0
        parts.append(digits[start:end])
        end = start
    parts.reverse()
    return sep.join(parts)


def sign_str(negative, spec):
    if negative:
        return '-'
    if spec.sign == '+':
        return '+'
    if spec.sign == ' ':
        return ' '
    return ''


def format_int(space, w_int, specstr):
    spec = parse_spec(space, specstr)
    t = spec.type
    if t in 'eEfFgG%':
        return format_float_spec(space, space.float_w(w_int), spec)
    if spec.precision >= 0:
        raise oefmt(space.w_ValueError, "precision not allowed in integer format specifier")
    big = space.bigint_w(w_int)
    negative = big.sign < 0
    absval = big.abs()
    prefix = ''
    if t == 'd' or t == '\0' or t == 'n':
        digits = absval.str()
    elif t == 'x':
        digits = absval.format('0123456789abcdef')
        prefix = '0x'
    elif t == 'X':
        digits = absval.format('0123456789ABCDEF')
        prefix = '0X'
    elif t == 'o':
        digits = absval.format('01234567')
        prefix = '0o'
    elif t == 'b':
        digits = absval.format('01')
        prefix = '0b'
    elif t == 'c':
        if spec.sign_given:
            raise oefmt(space.w_ValueError, "sign not allowed with integer format specifier 'c'")
        if spec.alternate:
            raise oefmt(space.w_ValueError,
                        "alternate form (#) not allowed with integer format specifier 'c'")
        if spec.grouping != '\0':
            raise oefmt(space.w_ValueError, "cannot specify '%s' with 'c'" % spec.grouping)
        if big.sign < 0 or big.gt(rbigint.fromint(0x10ffff)):
            raise oefmt(space.w_OverflowError, "%c arg not in range(0x110000)")
        return pad(utf8.encode_codepoint(big.toint()), spec, '<')
    else:
        raise oefmt(space.w_ValueError, "unknown format code '%s' for object of type 'int'"
                    % t)
    if spec.grouping != '\0':
        every = 3 if (t == 'd' or t == '\0' or t == 'n') else 4
        digits = group_digits(digits, spec.grouping, every)
    if not spec.alternate:
        prefix = ''
    head = sign_str(negative, spec) + prefix
    if spec.zero and spec.align == '=' and spec.grouping != '\0' and spec.width > 0:
        # zero padding also gets separators
        width = spec.width - len(head)
        raw = rstring.replace(digits, spec.grouping, '')
        every = 3 if (t == 'd' or t == '\0' or t == 'n') else 4
        while len(group_digits(raw, spec.grouping, every)) < width:
            raw = '0' + raw
        return head + group_digits(raw, spec.grouping, every)
    return pad(head + digits, spec, '>', len(head))


def format_float_spec(space, x, spec):
    t = spec.type
    prec = spec.precision
    negative = x < 0.0 or (x == 0.0 and math.copysign(1.0, x) < 0.0)
    ax = -x if negative else x
    if t == '%':
        ax *= 100.0
    if not isfinite(ax):
        body = 'nan' if math.isnan(ax) else 'inf'
        if t in 'EFG':
            body = body.upper()
        if t == '%':
            body += '%'
        negative = negative and not math.isnan(x)
    elif t == '\0':
        if prec < 0:
            body = formatd(ax, 'r', 0, DTSF_ADD_DOT_0)
        else:
            body = formatd(ax, 'g', max(prec, 1), DTSF_ADD_DOT_0)
    elif t == 'f' or t == 'F' or t == '%':
        body = formatd(ax, 'f', 6 if prec < 0 else prec, DTSF_ALT if spec.alternate else 0)
        if t == '%':
            body += '%'
    elif t == 'e' or t == 'E':
        body = formatd(ax, 'e', 6 if prec < 0 else prec, DTSF_ALT if spec.alternate else 0)
        if t == 'E':
            body = body.upper()
    elif t == 'g' or t == 'G' or t == 'n':
        p = 6 if prec < 0 else prec
        if p == 0:
            p = 1
        body = formatd(ax, 'g', p, 0 if not spec.alternate else DTSF_ALT)
        if t == 'G':
            body = body.upper()
    else:
        raise oefmt(space.w_ValueError,
                    "unknown format code '%s' for object of type 'float'" % t)
    if spec.grouping != '\0':
        dot = body.find('.')
        if dot < 0:
            dot = len(body)
            k = 0
            while k < len(body) and '0' <= body[k] <= '9':
                k += 1
            dot = k
        assert dot >= 0
        intpart = body[:dot]
        rest = body[dot:]
        head = sign_str(negative, spec)
        if spec.zero and spec.align == '=' and spec.width > 0 and isfinite(ax):
            # zero padding also gets separators
            width = spec.width - len(head) - len(rest)
            while len(group_digits(intpart, spec.grouping, 3)) < width:
                intpart = '0' + intpart
        body = group_digits(intpart, spec.grouping, 3) + rest
    head = sign_str(negative, spec)
    return pad(head + body, spec, '>', len(head))


def format_float(space, x, specstr):
    return format_float_spec(space, x, parse_spec(space, specstr))


def format_str(space, s, specstr):
    spec = parse_spec(space, specstr)
    if spec.type != '\0' and spec.type != 's':
        raise oefmt(space.w_ValueError, "unknown format code '%s' for object of type 'str'"
                    % spec.type)
    if spec.sign_given:
        raise oefmt(space.w_ValueError, "sign not allowed in string format specifier")
    if spec.alternate:
        raise oefmt(space.w_ValueError, "alternate form (#) not allowed in string format specifier")
    if spec.grouping != '\0':
        raise oefmt(space.w_ValueError, "cannot specify '%s' with 's'" % spec.grouping)
    if spec.zero_align:
        spec.align = '<'        # '05' on a str: fill with '0' on the right
    if spec.align == '=':
        raise oefmt(space.w_ValueError, "'=' alignment not allowed in string format specifier")
    if spec.precision >= 0:
        if utf8.codepoints_in(s) > spec.precision:
            s = s[:utf8.byte_offset(s, spec.precision)]
    return pad(s, spec, '<')


# ____________________________________________________________
# str.format

def str_format(space, fmt, args):
    return str_format_from(space, fmt, args, 0)[0]


def str_format_from(space, fmt, args, auto_index):
    """Format fmt, numbering automatic fields from auto_index (nested specs
    continue their field's numbering); returns (text, next auto_index)."""
    b = StringBuilder()
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == '{':
            if i + 1 < n and fmt[i + 1] == '{':
                b.append('{')
                i += 2
                continue
            # find the matching close brace, allowing nested {} in the spec
            depth = 1
            j = i + 1
            while j < n and depth > 0:
                if fmt[j] == '{':
                    depth += 1
                elif fmt[j] == '}':
                    depth -= 1
                j += 1
            if depth != 0:
                raise oefmt(space.w_ValueError, "unmatched '{' in format")
            stop = j - 1
            assert stop >= 0
            field = fmt[i + 1:stop]
            auto_index = format_field(space, b, field, args, auto_index)
            i = j
        elif c == '}':
            if i + 1 < n and fmt[i + 1] == '}':
                b.append('}')
                i += 2
                continue
            raise oefmt(space.w_ValueError, "single '}' encountered in format string")
        else:
            b.append(c)
            i += 1
    return b.build(), auto_index


def format_field(space, b, field, args, auto_index):
    # split name!conv:spec
    name_end = len(field)
    conv = '\0'
    spec = ''
    k = 0
    bracket = False
    while k < len(field):
        ch = field[k]
        if ch == '[':
            bracket = True
        elif ch == ']':
            bracket = False
        elif not bracket and (ch == '!' or ch == ':'):
            break
        k += 1
    name_end = k
    if k < len(field) and field[k] == '!':
        if k + 1 >= len(field):
            raise oefmt(space.w_ValueError, "end of format while looking for conversion specifier")
        conv = field[k + 1]
        k += 2
        if k < len(field) and field[k] != ':':
            raise oefmt(space.w_ValueError, "expected ':' after conversion specifier")
    if k < len(field) and field[k] == ':':
        spec = field[k + 1:]
    name = field[:name_end]
    # first part of the name: index or keyword
    p = 0
    while p < len(name) and name[p] != '.' and name[p] != '[':
        p += 1
    first = name[:p]
    if first == '':
        if auto_index < 0:
            raise oefmt(space.w_ValueError,
                        "cannot switch from manual field specification to automatic field numbering")
        idx = auto_index
        auto_index += 1
        w_obj = _positional(space, args, idx)
    elif _all_digits(first):
        if auto_index > 0:
            raise oefmt(space.w_ValueError,
                        "cannot switch from automatic field numbering to manual field specification")
        auto_index = -1
        w_obj = _positional(space, args, int(first))
    else:
        w_obj = args.kw(first)
        if w_obj is None:
            raise oefmt(space.w_KeyError, first)
    # attribute and index chain
    while p < len(name):
        if name[p] == '.':
            q = p + 1
            while q < len(name) and name[q] != '.' and name[q] != '[':
                q += 1
            w_obj = space.getattr(w_obj, name[p + 1:q])
            p = q
        elif name[p] == '[':
            q = name.find(']', p)
            if q < 0:
                raise oefmt(space.w_ValueError, "expected '}' before end of string")
            key = name[p + 1:q]
            if _all_digits(key):
                w_obj = space.getitem(w_obj, space.newint(int(key)))
            else:
                w_obj = space.getitem(w_obj, space.newtext(key))
            p = q + 1
        else:
            raise oefmt(space.w_ValueError, "invalid format field")
    if conv == 'r' or conv == 'a':
        w_obj = space.repr(w_obj)
    elif conv == 's':
        w_obj = space.str(w_obj)
    elif conv != '\0':
        raise oefmt(space.w_ValueError, "unknown conversion specifier %s" % conv)
    if '{' in spec:
        spec, auto_index = str_format_from(space, spec, args, auto_index)
    b.append(space.text_w(space.format(w_obj, space.newtext(spec))))
    return auto_index


def _all_digits(s):
    if not s:
        return False
    for c in s:
        if not ('0' <= c <= '9'):
            return False
    return True


def _positional(space, args, idx):
    if idx >= len(args.args_w):
        raise oefmt(space.w_IndexError, "tuple index out of range")
    return args.args_w[idx]


# ____________________________________________________________
# printf-style

def percent_format(space, fmt, w_values, bytes_mode=False):
    """printf-style formatting.  With bytes_mode, fmt and the result are the
    Latin-1 view of bytes (see bytes_strmethods) and %s/%b/%c take bytes."""
    from interp.objects.tupleobject import W_Tuple
    from interp.objects.dictobject import W_Dict
    if isinstance(w_values, W_Tuple):
        values = w_values.items_w
    else:
        values = [w_values]
    w_mapping = None
    if isinstance(w_values, W_Dict) or (not isinstance(w_values, W_Tuple) and
                                        space.lookup(w_values, '__getitem__') is not None and
                                        space.lookup(w_values, 'keys') is not None):
        w_mapping = w_values
    b = StringBuilder()
    vi = 0
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != '%':
            b.append(c)
            i += 1
            continue
        i += 1
        if i >= n:
            raise oefmt(space.w_ValueError, "incomplete format")
        w_arg = None
        if fmt[i] == '(':
            if w_mapping is None:
                raise oefmt(space.w_TypeError, "format requires a dict")
            close = fmt.find(')', i)
            if close < 0:
                raise oefmt(space.w_ValueError, "incomplete format key")
            key = fmt[i + 1:close]
            if bytes_mode:
                from interp.objects.bytes_strmethods import from_latin1_str
                w_key = space.newbytes(from_latin1_str(key))
            else:
                w_key = space.newtext(key)
            w_arg = space.getitem(w_mapping, w_key)
            i = close + 1
        spec = Spec()
        flags_left = False
        while i < n and fmt[i] in '-+ #0':
            f = fmt[i]
            if f == '-':
                flags_left = True
            elif f == '+':
                spec.sign = '+'
            elif f == ' ':
                if spec.sign != '+':
                    spec.sign = ' '
            elif f == '#':
                spec.alternate = True
            elif f == '0':
                spec.zero = True
            i += 1
        if i < n and fmt[i] == '*':
            if vi >= len(values):
                raise oefmt(space.w_TypeError, "not enough arguments for format string")
            spec.width = space.int_w(values[vi])
            vi += 1
            i += 1
        else:
            start = i
            while i < n and '0' <= fmt[i] <= '9':
                i += 1
            if i > start:
                spec.width = int(fmt[start:i])
        if i < n and fmt[i] == '.':
            i += 1
            if i < n and fmt[i] == '*':
                spec.precision = space.int_w(values[vi])
                vi += 1
                i += 1
            else:
                start = i
                while i < n and '0' <= fmt[i] <= '9':
                    i += 1
                spec.precision = int(fmt[start:i]) if i > start else 0
        if i >= n:
            raise oefmt(space.w_ValueError, "incomplete format")
        t = fmt[i]
        i += 1
        if t == '%':
            b.append('%')
            continue
        if w_arg is None:
            if vi >= len(values):
                raise oefmt(space.w_TypeError, "format string needs more arguments")
            w_arg = values[vi]
            vi += 1
        if flags_left:
            spec.align = '<'
        elif spec.zero and t not in 'sr':
            spec.align = '='
            spec.fill = '0'
        else:
            spec.align = '>'
        if bytes_mode:
            b.append(percent_one_bytes(space, t, w_arg, spec))
        else:
            b.append(percent_one(space, t, w_arg, spec))
    if w_mapping is None and vi < len(values):
        raise oefmt(space.w_TypeError, "format string needs fewer arguments")
    return b.build()


def percent_one_bytes(space, t, w_arg, spec):
    """One conversion of bytes % args, as Latin-1 view text."""
    from interp.objects.bytes_strmethods import latin1_str, bytes_like_or_none
    from interp.objects.intobject import W_AbstractInt
    if t == 's' or t == 'b':
        raw = bytes_like_or_none(space, w_arg)
        if raw is None:
            raise oefmt(space.w_TypeError, "%%b requires a bytes-like object, "
                        "or an object that implements __bytes__, not '%s'"
                        % space.type_name(w_arg))
        prec = spec.precision
        if prec >= 0 and len(raw) > prec:
            assert prec >= 0
            raw = raw[:prec]
        return pad(latin1_str(raw), spec, '>')
    if t == 'c':
        if isinstance(w_arg, W_AbstractInt):
            v = space.int_w(w_arg)
            if v < 0 or v > 255:
                raise oefmt(space.w_OverflowError, "%c arg not in range(256)")
            return pad(latin1_str(chr(v)), spec, '>')
        raw = bytes_like_or_none(space, w_arg)
        if raw is None or len(raw) != 1:
            raise oefmt(space.w_TypeError, "%c requires an integer in range(256) "
                        "or a single byte")
        return pad(latin1_str(raw), spec, '>')
    return percent_one(space, t, w_arg, spec)


def percent_one(space, t, w_arg, spec):
    from interp.objects.floatobject import W_Float
    from interp.objects.intobject import W_AbstractInt
    if t == 's':
        s = space.str_w(w_arg)
        if spec.precision >= 0 and utf8.codepoints_in(s) > spec.precision:
            s = s[:utf8.byte_offset(s, spec.precision)]
        return pad(s, spec, '>')
    if t == 'r' or t == 'a':
        s = space.repr_w(w_arg)
        if spec.precision >= 0 and utf8.codepoints_in(s) > spec.precision:
            s = s[:utf8.byte_offset(s, spec.precision)]
        return pad(s, spec, '>')
    if t == 'c':
        if isinstance(w_arg, W_AbstractInt):
            big = space.bigint_w(w_arg)
            if big.sign < 0 or big.gt(rbigint.fromint(0x10ffff)):
                raise oefmt(space.w_OverflowError, "%c arg not in range(0x110000)")
            return pad(utf8.encode_codepoint(big.toint()), spec, '>')
        from interp.objects.strobject import W_Str
        if not isinstance(w_arg, W_Str) or w_arg.length != 1:
            raise oefmt(space.w_TypeError, "%c requires int or char")
        return pad(w_arg.utf8, spec, '>')
    if t in 'diuxXo':
        if isinstance(w_arg, W_Float):
            w_arg = space.int(w_arg)
        elif not isinstance(w_arg, W_AbstractInt):
            if t in 'diu' and space.lookup(w_arg, '__int__') is not None:
                w_arg = space.int(w_arg)
            else:
                raise oefmt(space.w_TypeError, "%%%s format: a number is required, not %s"
                            % (t, space.type_name(w_arg)))
        big = space.bigint_w(w_arg)
        negative = big.sign < 0
        a = big.abs()
        prefix = ''
        if t == 'x':
            digits = a.format('0123456789abcdef')
            prefix = '0x'
        elif t == 'X':
            digits = a.format('0123456789ABCDEF')
            prefix = '0X'
        elif t == 'o':
            digits = a.format('01234567')
            prefix = '0o'
        else:
            digits = a.str()
        if spec.precision > len(digits):
            digits = '0' * (spec.precision - len(digits)) + digits
        if not spec.alternate:
            prefix = ''
        head = sign_str(negative, spec) + prefix
        return pad(head + digits, spec, '>', len(head))
    if t in 'eEfFgG':
        x = space.float_w(w_arg)
        if spec.precision < 0:
            spec.precision = 6
        spec.type = t
        return format_float_spec(space, x, spec)
    raise oefmt(space.w_ValueError, "unsupported format character '%s'" % t)
