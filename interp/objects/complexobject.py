"""complex: a pair of machine doubles, with CPython 3.11's arithmetic, repr,
parsing and formatting rules."""
import math
from rpython.rlib import rstring
from rpython.rlib.rfloat import formatd, isfinite, string_to_float, INFINITY, NAN
from rpython.rlib.rarithmetic import intmask, r_uint
from interp.objects.root import W_Root, TypeDef
from interp.objects.intobject import W_AbstractInt
from interp.objects.floatobject import W_Float, float_hash, as_float, mixed_compare
from interp.error import oefmt
from interp.subclass import builtin_new
from interp import ops


class W_Complex(W_Root):
    _attrs_ = ['realval', 'imagval']
    _immutable_fields_ = ['realval', 'imagval']

    def __init__(self, realval, imagval):
        self.realval = realval
        self.imagval = imagval

    def getclass(self, space):
        return space.w_complex


complex_typedef = TypeDef('complex', W_Complex)


# ____________________________________________________________
# repr

def format_part(x, with_sign):
    """A component as CPython's repr writes it ('r' format, no '.0')."""
    if math.isnan(x):
        s = 'nan'          # the sign of a nan is never shown
    elif math.isinf(x):
        s = 'inf' if x > 0.0 else '-inf'
    else:
        s = formatd(x, 'r', 0, 0)
    if with_sign and not s.startswith('-'):
        s = '+' + s
    return s


def complex_repr(re, im):
    if re == 0.0 and math.copysign(1.0, re) == 1.0:
        return format_part(im, False) + 'j'
    return '(' + format_part(re, False) + format_part(im, True) + 'j)'


# ____________________________________________________________
# arithmetic (CPython's _Py_c_* algorithms)

def c_quot(ar, ai, br, bi):
    """(real, imag, ok); ok is False for a division by zero."""
    abs_br = -br if br < 0.0 else br
    abs_bi = -bi if bi < 0.0 else bi
    if abs_br >= abs_bi:
        if abs_br == 0.0:
            return 0.0, 0.0, False
        ratio = bi / br
        denom = br + bi * ratio
        return (ar + ai * ratio) / denom, (ai - ar * ratio) / denom, True
    elif abs_bi >= abs_br:
        ratio = br / bi
        denom = br * ratio + bi
        return (ar * ratio + ai) / denom, (ai * ratio - ar) / denom, True
    return NAN, NAN, True


def _safe_pow(x, y):
    try:
        return math.pow(x, y)
    except OverflowError:
        return INFINITY
    except ValueError:
        return NAN


def _safe_exp(x):
    try:
        return math.exp(x)
    except OverflowError:
        return INFINITY


def _safe_log(x):
    if not isfinite(x):
        return x
    try:
        return math.log(x)
    except (OverflowError, ValueError):
        return NAN


def _safe_hypot(x, y):
    try:
        return math.hypot(x, y)
    except OverflowError:
        return INFINITY


def c_pow(ar, ai, br, bi):
    """(real, imag, ok); ok is False for 0 to a negative or complex power."""
    if br == 0.0 and bi == 0.0:
        return 1.0, 0.0, True
    if ar == 0.0 and ai == 0.0:
        if bi != 0.0 or br < 0.0:
            return 0.0, 0.0, False
        return 0.0, 0.0, True
    vabs = _safe_hypot(ar, ai)
    length = _safe_pow(vabs, br)
    at = math.atan2(ai, ar)
    phase = at * br
    if bi != 0.0:
        length /= _safe_exp(at * bi)
        phase += bi * _safe_log(vabs)
    if not isfinite(phase):
        return NAN, NAN, True
    return length * math.cos(phase), length * math.sin(phase), True


def c_powu(xr, xi, n):
    rr = 1.0
    ri = 0.0
    pr = xr
    pi = xi
    mask = 1
    while mask > 0 and n >= mask:
        if n & mask:
            rr, ri = rr * pr - ri * pi, rr * pi + ri * pr
        mask <<= 1
        pr, pi = pr * pr - pi * pi, pr * pi + pi * pr
    return rr, ri


def c_powi(xr, xi, n):
    if n > 100 or n < -100:
        return c_pow(xr, xi, float(n), 0.0)
    if n > 0:
        rr, ri = c_powu(xr, xi, n)
        return rr, ri, True
    rr, ri = c_powu(xr, xi, -n)
    return c_quot(1.0, 0.0, rr, ri)


def complex_pow(space, ar, ai, br, bi):
    if bi == 0.0 and br == math.floor(br) and -1e9 < br < 1e9:
        rr, ri, ok = c_powi(ar, ai, int(br))
    else:
        rr, ri, ok = c_pow(ar, ai, br, bi)
    if not ok:
        raise oefmt(space.w_ZeroDivisionError, "0.0 to a negative or complex power")
    if math.isinf(rr) or math.isinf(ri):
        raise oefmt(space.w_OverflowError, "complex exponentiation")
    return W_Complex(rr, ri)


def complex_binop(space, op, ar, ai, br, bi):
    if op == ops.ADD:
        return W_Complex(ar + br, ai + bi)
    elif op == ops.SUB:
        return W_Complex(ar - br, ai - bi)
    elif op == ops.MUL:
        return W_Complex(ar * br - ai * bi, ar * bi + ai * br)
    elif op == ops.TRUEDIV:
        rr, ri, ok = c_quot(ar, ai, br, bi)
        if not ok:
            raise oefmt(space.w_ZeroDivisionError, "complex division by zero")
        return W_Complex(rr, ri)
    elif op == ops.POW:
        return complex_pow(space, ar, ai, br, bi)
    return space.w_NotImplemented


def is_operand(w_x):
    return (isinstance(w_x, W_Complex) or isinstance(w_x, W_Float) or
            isinstance(w_x, W_AbstractInt))


def real_of(space, w_x):
    if isinstance(w_x, W_Complex):
        return w_x.realval
    return as_float(space, w_x)


def imag_of(w_x):
    if isinstance(w_x, W_Complex):
        return w_x.imagval
    return 0.0


def _make_binop(op, reflected):
    def binop(space, args):
        if len(args.args_w) != 2:
            raise oefmt(space.w_TypeError, "function takes 2 positional arguments")
        w_a = args.args_w[0]
        w_b = args.args_w[1]
        if reflected:
            w_a, w_b = w_b, w_a
        if not is_operand(w_a) or not is_operand(w_b):
            return space.w_NotImplemented
        return complex_binop(space, op, real_of(space, w_a), imag_of(w_a),
                             real_of(space, w_b), imag_of(w_b))
    binop.__name__ = 'complex_binop_%d_%d' % (op, int(reflected))
    return binop


for _op in [ops.ADD, ops.SUB, ops.MUL, ops.TRUEDIV, ops.POW]:
    complex_typedef.add(ops.BINOP_NAMES[_op], _make_binop(_op, False))
    complex_typedef.add(ops.RBINOP_NAMES[_op], _make_binop(_op, True))


def complex_eq(space, w_a, w_b):
    """w_a == w_b for a complex w_a: 1 or 0, or -1 when w_b is not a number."""
    assert isinstance(w_a, W_Complex)
    if isinstance(w_b, W_Complex):
        if w_a.realval == w_b.realval and w_a.imagval == w_b.imagval:
            return 1
        return 0
    if isinstance(w_b, W_Float) or isinstance(w_b, W_AbstractInt):
        if w_a.imagval != 0.0:
            return 0
        if mixed_compare(space, ops.EQ, W_Float(w_a.realval), w_b):
            return 1
        return 0
    return -1


def _make_eq(negate):
    def cmp(space, args):
        w_a = args.args_w[0]
        w_b = args.args_w[1]
        if not isinstance(w_a, W_Complex):
            return space.w_NotImplemented
        res = complex_eq(space, w_a, w_b)
        if res < 0:
            return space.w_NotImplemented
        return space.newbool((res == 1) != negate)
    return cmp


complex_typedef.add('__eq__', _make_eq(False))
complex_typedef.add('__ne__', _make_eq(True))


@complex_typedef.method('__neg__', 0)
def descr_neg(space, w_self):
    return W_Complex(-w_self.realval, -w_self.imagval)


@complex_typedef.method('__pos__', 0)
def descr_pos(space, w_self):
    return W_Complex(w_self.realval, w_self.imagval)


def complex_abs(space, re, im):
    if not isfinite(re) or not isfinite(im):
        if math.isinf(re):
            return abs(re)
        if math.isinf(im):
            return abs(im)
        return NAN
    result = _safe_hypot(re, im)
    if not isfinite(result):
        raise oefmt(space.w_OverflowError, "absolute value too large")
    return result


@complex_typedef.method('__abs__', 0)
def descr_abs(space, w_self):
    return space.newfloat(complex_abs(space, w_self.realval, w_self.imagval))


@complex_typedef.method('__bool__', 0)
def descr_bool(space, w_self):
    return space.newbool(w_self.realval != 0.0 or w_self.imagval != 0.0)


def complex_hash(re, im):
    hr = float_hash(re)
    hi = float_hash(im)
    h = intmask(r_uint(hr) + r_uint(1000003) * r_uint(hi))
    if h == -1:
        h = -2
    return h


@complex_typedef.method('__hash__', 0)
def descr_hash(space, w_self):
    return space.newint(complex_hash(w_self.realval, w_self.imagval))


@complex_typedef.method('__repr__', 0)
def descr_repr(space, w_self):
    return space.newtext(complex_repr(w_self.realval, w_self.imagval))


@complex_typedef.method('conjugate', 0)
def descr_conjugate(space, w_self):
    return W_Complex(w_self.realval, -w_self.imagval)


@complex_typedef.method('__complex__', 0)
def descr_complex(space, w_self):
    return W_Complex(w_self.realval, w_self.imagval)


@complex_typedef.method('__getnewargs__', 0)
def descr_getnewargs(space, w_self):
    return space.newtuple([space.newfloat(w_self.realval), space.newfloat(w_self.imagval)])


def _self(space, args):
    w_self = args.arg(0)
    if not isinstance(w_self, W_Complex):
        raise oefmt(space.w_TypeError, "descriptor requires a 'complex' object")
    return w_self


def _get_real(space, args):
    return space.newfloat(_self(space, args).realval)


def _get_imag(space, args):
    return space.newfloat(_self(space, args).imagval)


complex_typedef.add_getset('real', _get_real)
complex_typedef.add_getset('imag', _get_imag)


# ____________________________________________________________
# complex(...) and parsing

def _is_space(c):
    return c == ' ' or c == '\t' or c == '\n' or c == '\r' or c == '\x0b' or c == '\x0c'


def _is_digit(c):
    return '0' <= c <= '9'


def _match_word(s, i, word):
    """Does s[i:] start with word (case-insensitively)?"""
    n = len(word)
    if i + n > len(s):
        return False
    for k in range(n):
        c = s[i + k]
        if 'A' <= c <= 'Z':
            c = chr(ord(c) + 32)
        if c != word[k]:
            return False
    return True


def scan_float(s, i):
    """End of the longest float literal at s[i:] (i itself if there is none)."""
    n = len(s)
    p = i
    if p < n and (s[p] == '+' or s[p] == '-'):
        p += 1
    if _match_word(s, p, 'infinity'):
        return p + 8
    if _match_word(s, p, 'inf') or _match_word(s, p, 'nan'):
        return p + 3
    digits = 0
    while p < n and _is_digit(s[p]):
        p += 1
        digits += 1
    if p < n and s[p] == '.':
        p += 1
        while p < n and _is_digit(s[p]):
            p += 1
            digits += 1
    if digits == 0:
        return i
    if p < n and (s[p] == 'e' or s[p] == 'E'):
        q = p + 1
        if q < n and (s[q] == '+' or s[q] == '-'):
            q += 1
        if q < n and _is_digit(s[q]):
            while q < n and _is_digit(s[q]):
                q += 1
            p = q
    return p


def to_float(space, s):
    """The value of a float literal as scan_float delimits it."""
    sign = 1.0
    body = s
    if body.startswith('+'):
        body = body[1:]
    elif body.startswith('-'):
        body = body[1:]
        sign = -1.0
    low = body.lower()
    if low == 'inf' or low == 'infinity':
        return sign * INFINITY
    if low == 'nan':
        return NAN
    try:
        return string_to_float(s)
    except rstring.ParseStringError:
        raise oefmt(space.w_ValueError, "complex() arg is a malformed string")


def _strip_underscores(space, s):
    if '_' not in s:
        return s
    for i in range(len(s)):
        if s[i] == '_':
            if i == 0 or i + 1 >= len(s) or not _is_digit(s[i - 1]) or \
                    not _is_digit(s[i + 1]):
                raise oefmt(space.w_ValueError, "complex() arg is a malformed string")
    return rstring.replace(s, '_', '')


def parse_complex(space, orig):
    """(real, imag) spelled by a string, as complex('...') accepts it."""
    s = _strip_underscores(space, orig)
    n = len(s)
    p = 0
    while p < n and _is_space(s[p]):
        p += 1
    got_bracket = False
    if p < n and s[p] == '(':
        got_bracket = True
        p += 1
        while p < n and _is_space(s[p]):
            p += 1
    x = 0.0
    y = 0.0
    end = scan_float(s, p)
    if end != p:
        z = to_float(space, s[p:end])
        p = end
        if p < n and (s[p] == '+' or s[p] == '-'):
            x = z
            end = scan_float(s, p)
            if end != p:
                y = to_float(space, s[p:end])
                p = end
            else:
                y = 1.0 if s[p] == '+' else -1.0
                p += 1
            if not (p < n and (s[p] == 'j' or s[p] == 'J')):
                raise oefmt(space.w_ValueError, "complex() arg is a malformed string")
            p += 1
        elif p < n and (s[p] == 'j' or s[p] == 'J'):
            p += 1
            y = z
        else:
            x = z
    else:
        if p < n and (s[p] == '+' or s[p] == '-'):
            y = 1.0 if s[p] == '+' else -1.0
            p += 1
        else:
            y = 1.0
        if not (p < n and (s[p] == 'j' or s[p] == 'J')):
            raise oefmt(space.w_ValueError, "complex() arg is a malformed string")
        p += 1
    while p < n and _is_space(s[p]):
        p += 1
    if got_bracket:
        if not (p < n and s[p] == ')'):
            raise oefmt(space.w_ValueError, "complex() arg is a malformed string")
        p += 1
        while p < n and _is_space(s[p]):
            p += 1
    if p != n:
        raise oefmt(space.w_ValueError, "complex() arg is a malformed string")
    return x, y


def _try_complex_special(space, w_x):
    """w_x.__complex__() when the type has it, else None."""
    if isinstance(w_x, W_Complex):
        return w_x
    w_impl = space.lookup(w_x, '__complex__')
    if w_impl is None:
        return None
    w_res = space.call_function(w_impl, [w_x])
    if not isinstance(w_res, W_Complex):
        raise oefmt(space.w_TypeError, "__complex__ returned non-complex (type %s)"
                    % space.type_name(w_res))
    return w_res


def _float_of(space, w_x, which):
    """float(w_x) for a number argument of complex()."""
    if isinstance(w_x, W_Float) or isinstance(w_x, W_AbstractInt):
        return as_float(space, w_x)
    if space.lookup(w_x, '__float__') is not None:
        return space.float_w(w_x)
    if space.lookup(w_x, '__index__') is not None:
        return as_float(space, space.int_index(w_x))
    if which == 1:
        raise oefmt(space.w_TypeError,
                    "complex() first argument must be a string or a number, not '%s'"
                    % space.type_name(w_x))
    raise oefmt(space.w_TypeError,
                "complex() second argument must be a number, not '%s'"
                % space.type_name(w_x))


def complex_new(space, args):
    from interp.objects.strobject import W_Str
    nargs = len(args.args_w) - 1
    if nargs > 2:
        raise oefmt(space.w_TypeError, "complex() takes at most 2 arguments (%d given)"
                    % nargs)
    args.check_kw_only(space, 'complex', ['real', 'imag'])
    w_r = args.arg(1)
    w_i = args.arg(2)
    w_kr = args.kw('real')
    w_ki = args.kw('imag')
    if w_kr is not None:
        if w_r is not None:
            raise oefmt(space.w_TypeError, "argument for complex() given by name ('real') "
                        "and position (1)")
        w_r = w_kr
    if w_ki is not None:
        if w_i is not None:
            raise oefmt(space.w_TypeError, "argument for complex() given by name ('imag') "
                        "and position (2)")
        w_i = w_ki
    if w_r is None:
        if w_i is None:
            return W_Complex(0.0, 0.0)
        w_r = space.newint(0)
    if isinstance(w_r, W_Str):
        if w_i is not None:
            raise oefmt(space.w_TypeError, "complex() can't take second arg if first is a string")
        x, y = parse_complex(space, w_r.utf8)
        return W_Complex(x, y)
    if w_i is not None and isinstance(w_i, W_Str):
        raise oefmt(space.w_TypeError, "complex() second arg can't be a string")
    w_rc = _try_complex_special(space, w_r)
    if w_rc is not None and w_i is None:
        if type(w_rc) is not W_Complex:     # a value of a complex subclass
            return W_Complex(w_rc.realval, w_rc.imagval)
        return w_rc
    cr_is_complex = w_rc is not None
    if w_rc is not None:
        assert isinstance(w_rc, W_Complex)
        rr = w_rc.realval
        ri = w_rc.imagval
    else:
        rr = _float_of(space, w_r, 1)
        ri = 0.0
    if w_i is None:
        return W_Complex(rr, 0.0)
    if isinstance(w_i, W_Complex):
        ir = w_i.realval
        ii = w_i.imagval
        rr -= ii
    else:
        ir = _float_of(space, w_i, 2)
    if cr_is_complex:
        ir += ri
    return W_Complex(rr, ir)


complex_typedef.add('__new__', builtin_new('w_complex')(complex_new))


# ____________________________________________________________
# format()

def _format_component(space, x, spec, type_code, sign):
    from interp.formatting import Spec, format_float_spec
    if type_code == '\0':
        negative = x < 0.0 or (x == 0.0 and math.copysign(1.0, x) < 0.0)
        ax = -x if negative else x
        if math.isnan(ax):
            body = 'nan'
            negative = False
        elif math.isinf(ax):
            body = 'inf'
        elif spec.precision < 0:
            body = formatd(ax, 'r', 0, 0)
        else:
            body = formatd(ax, 'g', max(spec.precision, 1), 0)
        if negative:
            return '-' + body
        if sign == '+' or sign == ' ':
            return sign + body
        return body
    sub = Spec()
    sub.sign = sign
    sub.alternate = spec.alternate
    sub.grouping = spec.grouping
    sub.precision = spec.precision
    sub.type = type_code
    return format_float_spec(space, x, sub)


def format_complex(space, re, im, specstr):
    from interp.formatting import parse_spec, pad
    spec = parse_spec(space, specstr)
    t = spec.type
    if t not in '\0eEfFgGn':
        raise oefmt(space.w_ValueError,
                    "Unknown format code '%s' for object of type 'complex'" % t)
    if spec.fill == '0':
        raise oefmt(space.w_ValueError,
                    "Zero padding is not allowed in complex format specifier")
    if spec.align == '=':
        raise oefmt(space.w_ValueError,
                    "'=' alignment flag is not allowed in complex format specifier")
    skip_re = False
    add_parens = False
    if t == '\0':
        if re == 0.0 and math.copysign(1.0, re) == 1.0:
            skip_re = True
        else:
            add_parens = True
    if t == 'n':
        t = 'g'
    parts = []
    if add_parens:
        parts.append('(')
    if not skip_re:
        parts.append(_format_component(space, re, spec, t, spec.sign))
        parts.append(_format_component(space, im, spec, t, '+'))
    else:
        parts.append(_format_component(space, im, spec, t, spec.sign))
    parts.append('j')
    if add_parens:
        parts.append(')')
    return pad(''.join(parts), spec, '>')


@complex_typedef.method('__format__', 1)
def descr_format(space, w_self, w_spec):
    spec = space.text_w(w_spec)
    if not spec:
        if space.type(w_self) is not space.w_complex:
            return space.str(w_self)    # a subclass may override __str__
        return space.newtext(complex_repr(w_self.realval, w_self.imagval))
    return space.newtext(format_complex(space, w_self.realval, w_self.imagval, spec))
