"""float: a machine double, with CPython's repr, division and modulo rules."""
import math
from rpython.rlib import rstring
from rpython.rlib.rfloat import formatd, DTSF_ADD_DOT_0, string_to_float, isfinite
from rpython.rlib.rfloat import round_double, INFINITY, NAN
from rpython.rlib.objectmodel import compute_hash
from rpython.rlib.rbigint import rbigint
from interp.objects.root import W_Root, TypeDef
from interp.objects.intobject import W_AbstractInt, W_Int, newlong
from interp.error import oefmt
from interp import ops
from interp.subclass import builtin_new


class W_Float(W_Root):
    _attrs_ = ['floatval']
    _immutable_fields_ = ['floatval']

    def __init__(self, floatval):
        self.floatval = floatval

    def getclass(self, space):
        return space.w_float


def float_repr(x):
    return formatd(x, 'r', 0, DTSF_ADD_DOT_0)


def float_hash(x):
    if not isfinite(x):
        if math.isinf(x):
            return 314159 if x > 0 else -314159
        return 0
    fl = math.floor(x)
    if fl == x and -9.2e18 < x < 9.2e18:
        i = int(x)
        return -2 if i == -1 else i
    if fl == x:
        return rbigint.fromfloat(x).hash()
    return compute_hash(x)


def float_floordiv_mod(space, x, y):
    if y == 0.0:
        raise oefmt(space.w_ZeroDivisionError, "divide by zero")
    if not isfinite(x) or math.isnan(y):
        mod = NAN     # C fmod gives nan here; RPython's math.fmod raises
    else:
        mod = math.fmod(x, y)
    div = (x - mod) / y
    if mod:
        if (y < 0.0) != (mod < 0.0):
            mod += y
            div -= 1.0
    else:
        mod = math.copysign(0.0, y)
    if div:
        floordiv = math.floor(div)
        if div - floordiv > 0.5:
            floordiv += 1.0
    else:
        floordiv = math.copysign(0.0, x / y)
    return floordiv, mod


def float_pow(space, x, y):
    if y == 0.0:
        return 1.0
    if x == 0.0 and y < 0.0:
        raise oefmt(space.w_ZeroDivisionError, "0.0 cannot be raised to a negative power")
    if x < 0.0 and y != math.floor(y) and isfinite(y):
        raise oefmt(space.w_ValueError, "math domain error")
    try:
        return math.pow(x, y)
    except OverflowError:
        raise oefmt(space.w_OverflowError, "math range error")
    except ValueError:
        raise oefmt(space.w_ValueError, "math domain error")


def float_binop(space, op, x, y):
    if op == ops.ADD:
        return space.newfloat(x + y)
    elif op == ops.SUB:
        return space.newfloat(x - y)
    elif op == ops.MUL:
        return space.newfloat(x * y)
    elif op == ops.TRUEDIV:
        if y == 0.0:
            raise oefmt(space.w_ZeroDivisionError, "divide by zero")
        return space.newfloat(x / y)
    elif op == ops.FLOORDIV:
        return space.newfloat(float_floordiv_mod(space, x, y)[0])
    elif op == ops.MOD:
        return space.newfloat(float_floordiv_mod(space, x, y)[1])
    elif op == ops.POW:
        if x < 0.0 and y != math.floor(y) and isfinite(y):
            # a negative number to a fractional power is complex
            from interp.objects.complexobject import complex_pow
            return complex_pow(space, x, 0.0, y, 0.0)
        return space.newfloat(float_pow(space, x, y))
    return space.w_NotImplemented


def float_compare(op, x, y):
    if op == ops.LT:
        return x < y
    elif op == ops.LE:
        return x <= y
    elif op == ops.EQ:
        return x == y
    elif op == ops.NE:
        return x != y
    elif op == ops.GT:
        return x > y
    else:
        return x >= y


def as_float(space, w_x):
    """The float value of an int or float operand, or None-like flag."""
    if isinstance(w_x, W_Float):
        return w_x.floatval
    if isinstance(w_x, W_Int):
        return float(w_x.intval)
    assert isinstance(w_x, W_AbstractInt)
    try:
        return w_x.asbigint().tofloat()
    except OverflowError:
        raise oefmt(space.w_OverflowError, "int too big to convert to float")


def is_number(w_x):
    return isinstance(w_x, W_Float) or isinstance(w_x, W_AbstractInt)


def mixed_compare(space, op, w_a, w_b):
    """Compare int/float pairs exactly (big ints do not lose precision)."""
    if isinstance(w_a, W_Float) and isinstance(w_b, W_Float):
        return float_compare(op, w_a.floatval, w_b.floatval)
    if isinstance(w_a, W_Float):
        x = w_a.floatval
        if not isfinite(x) or (isinstance(w_b, W_Int) and
                               -(1 << 53) <= w_b.intval <= (1 << 53)):
            return float_compare(op, x, as_float_nocheck(w_b))
        from interp.objects.intobject import long_compare
        if math.floor(x) != x:
            return float_compare(op, x, as_float_nocheck(w_b))
        return long_compare(op, rbigint.fromfloat(x), w_b.asbigint())
    return mixed_compare(space, ops.CMP_SWAPPED[op], w_b, w_a)


def as_float_nocheck(w_x):
    if isinstance(w_x, W_Float):
        return w_x.floatval
    if isinstance(w_x, W_Int):
        return float(w_x.intval)
    assert isinstance(w_x, W_AbstractInt)
    try:
        return w_x.asbigint().tofloat()
    except OverflowError:
        return INFINITY if w_x.asbigint().sign > 0 else -INFINITY


float_typedef = TypeDef('float', W_Float)


def _make_binop(op, reflected):
    def binop(space, args):
        w_a = args.args_w[0]
        w_b = args.args_w[1]
        if reflected:
            w_a, w_b = w_b, w_a
        if not is_number(w_a) or not is_number(w_b):
            return space.w_NotImplemented
        return float_binop(space, op, as_float(space, w_a), as_float(space, w_b))
    return binop


def _make_cmp(op):
    def cmp(space, args):
        w_a = args.args_w[0]
        w_b = args.args_w[1]
        if not is_number(w_a) or not is_number(w_b):
            return space.w_NotImplemented
        return space.newbool(mixed_compare(space, op, w_a, w_b))
    return cmp


for _op in [ops.ADD, ops.SUB, ops.MUL, ops.TRUEDIV, ops.FLOORDIV, ops.MOD, ops.POW]:
    float_typedef.add(ops.BINOP_NAMES[_op], _make_binop(_op, False))
    float_typedef.add(ops.RBINOP_NAMES[_op], _make_binop(_op, True))
for _op in range(6):
    float_typedef.add(ops.CMP_NAMES[_op], _make_cmp(_op))


@float_typedef.method('__neg__', 0)
def descr_neg(space, w_self):
    return space.newfloat(-w_self.floatval)


@float_typedef.method('__pos__', 0)
def descr_pos(space, w_self):
    return space.newfloat(w_self.floatval)


@float_typedef.method('__abs__', 0)
def descr_abs(space, w_self):
    return space.newfloat(abs(w_self.floatval))


@float_typedef.method('__bool__', 0)
def descr_bool(space, w_self):
    return space.newbool(w_self.floatval != 0.0)


@float_typedef.method('__hash__', 0)
def descr_hash(space, w_self):
    return space.newint(float_hash(w_self.floatval))


@float_typedef.method('__repr__', 0)
def descr_repr(space, w_self):
    return space.newtext(float_repr(w_self.floatval))


@float_typedef.method('__int__', 0)
def descr_int(space, w_self):
    return float_to_int(space, w_self.floatval)


@float_typedef.method('__float__', 0)
def descr_float(space, w_self):
    return w_self


@float_typedef.method('is_integer', 0)
def descr_is_integer(space, w_self):
    x = w_self.floatval
    return space.newbool(isfinite(x) and math.floor(x) == x)


@float_typedef.method('__divmod__', 1)
def descr_divmod(space, w_self, w_other):
    if not _divmod_operand(w_other):
        return space.w_NotImplemented
    return space.divmod_numbers(w_self, w_other)


@float_typedef.method('__rdivmod__', 1)
def descr_rdivmod(space, w_self, w_other):
    if not _divmod_operand(w_other):
        return space.w_NotImplemented
    return space.divmod_numbers(w_other, w_self)


def _divmod_operand(w_other):
    """Can space.divmod take w_other with an int or float (without coming back
    here through __rdivmod__)?"""
    from interp.objects.floatobject import W_Float
    return isinstance(w_other, W_AbstractInt) or isinstance(w_other, W_Float)


@float_typedef.method('__round__', 0, 1)
def descr_round(space, w_self, w_ndigits):
    x = w_self.floatval
    if w_ndigits is None or space.is_none(w_ndigits):
        if not isfinite(x):
            if math.isinf(x):
                raise oefmt(space.w_OverflowError, "cannot convert float infinity to integer")
            raise oefmt(space.w_ValueError, "cannot convert float NaN to integer")
        return float_to_int(space, round_double(x, 0, half_even=True))
    nd = space.int_w(w_ndigits)
    if not isfinite(x) or x == 0.0:
        return space.newfloat(x)
    if nd > 323:
        return space.newfloat(x)
    if nd < -308:
        return space.newfloat(math.copysign(0.0, x))
    return space.newfloat(round_double(x, nd, half_even=True))


@float_typedef.method('__trunc__', 0)
def descr_trunc(space, w_self):
    return float_to_int(space, w_self.floatval)


def float_to_int(space, x):
    if not isfinite(x):
        if math.isinf(x):
            raise oefmt(space.w_OverflowError, "cannot convert float infinity to integer")
        raise oefmt(space.w_ValueError, "cannot convert float NaN to integer")
    if -9.2e18 < x < 9.2e18:
        return space.newint(int(x))
    return newlong(space, rbigint.fromfloat(x))


def parse_float(space, s):
    t = s.strip(' \t\n\r\f\v')
    low = t.lower()
    sign = 1.0
    body = low
    if body.startswith('+'):
        body = body[1:]
    elif body.startswith('-'):
        body = body[1:]
        sign = -1.0
    if body == 'inf' or body == 'infinity':
        return sign * INFINITY
    if body == 'nan':
        return -NAN if sign < 0.0 else NAN      # float('-nan') has its sign bit set
    ok = len(t) > 0
    prev = ' '
    for c in t:
        if c == '_':
            if not ('0' <= prev <= '9'):
                ok = False
        elif prev == '_' and not ('0' <= c <= '9'):
            ok = False
        elif not (('0' <= c <= '9') or c in '+-.eE'):
            ok = False
        prev = c
    if prev == '_':
        ok = False
    if ok:
        try:
            return string_to_float(rstring.replace(t, '_', ''))
        except rstring.ParseStringError:
            pass
    raise oefmt(space.w_ValueError, "could not convert string to float: '%s'" % s)


@builtin_new('w_float')
def float_new(space, args):
    from interp.gateway import check_new_args
    check_new_args(space, args, 'float', 1)
    w_x = args.arg(1)
    if w_x is None:
        return space.newfloat(0.0)
    if isinstance(w_x, W_Float):
        return space.newfloat(w_x.floatval)
    if isinstance(w_x, W_AbstractInt):
        return space.newfloat(as_float(space, w_x))
    from interp.objects.strobject import W_Str
    from interp.objects.bytesobject import W_Bytes
    if isinstance(w_x, W_Str):
        return space.newfloat(parse_float(space, w_x.utf8))
    if isinstance(w_x, W_Bytes):
        return space.newfloat(parse_float(space, w_x.value))
    w_impl = space.lookup(w_x, '__float__')
    if w_impl is not None:
        w_res = space.call_function(w_impl, [w_x])
        if not isinstance(w_res, W_Float):
            raise oefmt(space.w_TypeError, "__float__ returned non-float")
        return w_res
    w_impl = space.lookup(w_x, '__index__')
    if w_impl is not None:
        return space.newfloat(as_float(space, space.call_function(w_impl, [w_x])))
    raise oefmt(space.w_TypeError, "can't convert %s to float" % space.type_name(w_x))


float_typedef.add('__new__', float_new)


@float_typedef.method('__format__', 1)
def descr_format(space, w_self, w_spec):
    from interp.formatting import format_float
    spec = space.text_w(w_spec)
    if not spec:
        if space.type(w_self) is not space.w_float:
            return space.str(w_self)    # a subclass may override __str__
        return space.newtext(float_repr(w_self.floatval))
    return space.newtext(format_float(space, w_self.floatval, spec))


def _float_real(space, args):
    w_self = args.args_w[0]
    assert isinstance(w_self, W_Float)
    return space.newfloat(w_self.floatval)


def _float_imag(space, args):
    return space.newfloat(0.0)


float_typedef.add_getset('real', _float_real)
float_typedef.add_getset('imag', _float_imag)


@float_typedef.method('conjugate', 0)
def descr_conjugate(space, w_self):
    return space.newfloat(w_self.floatval)
