"""int and bool: W_Int holds a machine word, W_Long an rbigint; results are
normalised so that a value that fits a word is always a W_Int."""
from rpython.rlib.rarithmetic import ovfcheck, LONG_BIT, intmask, r_uint
from rpython.rlib.rbigint import rbigint
from rpython.rlib import jit
from rpython.rlib.objectmodel import compute_hash
from interp.objects.root import W_Root, TypeDef
from interp.error import oefmt
from interp import ops
from interp.subclass import builtin_new


class W_AbstractInt(W_Root):
    _attrs_ = ()

    def asbigint(self):
        raise NotImplementedError


class W_Int(W_AbstractInt):
    _attrs_ = ['intval']
    _immutable_fields_ = ['intval']

    def __init__(self, intval):
        self.intval = intval

    def getclass(self, space):
        return space.w_int

    def asbigint(self):
        return rbigint.fromint(self.intval)

    def __repr__(self):
        return 'W_Int(%d)' % self.intval


class W_Bool(W_Int):
    _attrs_ = []

    def getclass(self, space):
        return space.w_bool


class W_Long(W_AbstractInt):
    _attrs_ = ['bigint']
    _immutable_fields_ = ['bigint']

    def __init__(self, bigint):
        self.bigint = bigint

    def getclass(self, space):
        return space.w_int

    def asbigint(self):
        return self.bigint


def newlong(space, big):
    """Wrap an rbigint, as a W_Int when it fits a machine word."""
    try:
        return space.newint(big.toint())
    except OverflowError:
        return W_Long(big)


# ____________________________________________________________
# arithmetic on machine words; overflow moves to rbigint

def int_binop(space, op, a, b):
    try:
        if op == ops.ADD:
            return space.newint(ovfcheck(a + b))
        elif op == ops.SUB:
            return space.newint(ovfcheck(a - b))
        elif op == ops.MUL:
            return space.newint(ovfcheck(a * b))
        elif op == ops.FLOORDIV:
            if b == 0:
                raise oefmt(space.w_ZeroDivisionError, "divide by zero")
            return space.newint(ovfcheck(a // b))
        elif op == ops.MOD:
            if b == 0:
                raise oefmt(space.w_ZeroDivisionError, "divide by zero")
            return space.newint(ovfcheck(a % b))
        elif op == ops.TRUEDIV:
            if b == 0:
                raise oefmt(space.w_ZeroDivisionError, "divide by zero")
            if -(1 << 53) <= a <= (1 << 53) and -(1 << 53) <= b <= (1 << 53):
                return space.newfloat(float(a) / float(b))
            return long_binop(space, op, rbigint.fromint(a), rbigint.fromint(b))
        elif op == ops.POW:
            return int_pow(space, a, b)
        elif op == ops.LSHIFT:
            if b < 0:
                raise oefmt(space.w_ValueError, "negative shift count")
            if b < LONG_BIT:
                c = intmask(a << b)
                if (c >> b) == a:
                    return space.newint(c)
            return long_binop(space, op, rbigint.fromint(a), rbigint.fromint(b))
        elif op == ops.RSHIFT:
            if b < 0:
                raise oefmt(space.w_ValueError, "negative shift count")
            if b >= LONG_BIT:
                return space.newint(-1 if a < 0 else 0)
            return space.newint(a >> b)
        elif op == ops.AND:
            return space.newint(a & b)
        elif op == ops.OR:
            return space.newint(a | b)
        elif op == ops.XOR:
            return space.newint(a ^ b)
    except OverflowError:
        return long_binop(space, op, rbigint.fromint(a), rbigint.fromint(b))
    return space.w_NotImplemented


def int_pow(space, a, b):
    if b < 0:
        if a == 0:
            raise oefmt(space.w_ZeroDivisionError, "0.0 cannot be raised to a negative power")
        return space.float_pow(float(a), float(b))
    result = 1
    base = a
    e = b
    try:
        while e > 0:
            if e & 1:
                result = ovfcheck(result * base)
            e >>= 1
            if e > 0:
                base = ovfcheck(base * base)
    except OverflowError:
        return newlong(space, rbigint.fromint(a).pow(rbigint.fromint(b)))
    return space.newint(result)


def long_binop(space, op, a, b):
    if op == ops.ADD:
        return newlong(space, a.add(b))
    elif op == ops.SUB:
        return newlong(space, a.sub(b))
    elif op == ops.MUL:
        return newlong(space, a.mul(b))
    elif op == ops.FLOORDIV:
        if not b.tobool():
            raise oefmt(space.w_ZeroDivisionError, "divide by zero")
        return newlong(space, a.floordiv(b))
    elif op == ops.MOD:
        if not b.tobool():
            raise oefmt(space.w_ZeroDivisionError, "divide by zero")
        return newlong(space, a.mod(b))
    elif op == ops.TRUEDIV:
        if not b.tobool():
            raise oefmt(space.w_ZeroDivisionError, "divide by zero")
        try:
            return space.newfloat(a.truediv(b))
        except OverflowError:
            raise oefmt(space.w_OverflowError, "int too big to convert to float")
    elif op == ops.POW:
        if b.sign < 0:
            try:
                return space.float_pow(a.tofloat(), b.tofloat())
            except OverflowError:
                raise oefmt(space.w_OverflowError, "int too big to convert to float")
        return newlong(space, a.pow(b))
    elif op == ops.LSHIFT or op == ops.RSHIFT:
        if b.sign < 0:
            raise oefmt(space.w_ValueError, "negative shift count")
        try:
            shift = b.toint()
        except OverflowError:
            if op == ops.RSHIFT:
                return space.newint(-1 if a.sign < 0 else 0)
            if a.sign == 0:
                return space.newint(0)
            raise oefmt(space.w_OverflowError, "shift count too large")
        if op == ops.LSHIFT:
            return newlong(space, a.lshift(shift))
        return newlong(space, a.rshift(shift))
    elif op == ops.AND:
        return newlong(space, a.and_(b))
    elif op == ops.OR:
        return newlong(space, a.or_(b))
    elif op == ops.XOR:
        return newlong(space, a.xor(b))
    return space.w_NotImplemented


def int_compare(op, a, b):
    if op == ops.LT:
        return a < b
    elif op == ops.LE:
        return a <= b
    elif op == ops.EQ:
        return a == b
    elif op == ops.NE:
        return a != b
    elif op == ops.GT:
        return a > b
    else:
        return a >= b


def long_compare(op, a, b):
    if op == ops.LT:
        return a.lt(b)
    elif op == ops.LE:
        return a.le(b)
    elif op == ops.EQ:
        return a.eq(b)
    elif op == ops.NE:
        return a.ne(b)
    elif op == ops.GT:
        return a.gt(b)
    else:
        return a.ge(b)


def int_hash(x):
    if x == -1:
        return -2
    return x


def long_hash(big):
    try:
        return int_hash(big.toint())
    except OverflowError:
        return big.hash()


def int_str(w_int):
    if isinstance(w_int, W_Int):
        return str(w_int.intval)
    assert isinstance(w_int, W_Long)
    return w_int.bigint.str()


# ____________________________________________________________
# the app-level type

int_typedef = TypeDef('int', W_AbstractInt)
bool_typedef = TypeDef('bool', W_Bool, base=int_typedef, acceptable_as_base=False)


def _make_binop(op, reflected):
    def binop(space, args):
        if len(args.args_w) != 2:
            raise oefmt(space.w_TypeError, "function takes 2 positional arguments")
        w_a = args.args_w[0]
        w_b = args.args_w[1]
        if not isinstance(w_a, W_AbstractInt):
            raise oefmt(space.w_TypeError, "descriptor requires a 'int' object")
        if reflected:
            w_a, w_b = w_b, w_a
        if not isinstance(w_a, W_AbstractInt) or not isinstance(w_b, W_AbstractInt):
            if isinstance(w_a, W_AbstractInt) or isinstance(w_b, W_AbstractInt):
                from interp.objects.floatobject import W_Float, float_binop, as_float
                if isinstance(w_a, W_Float) or isinstance(w_b, W_Float):
                    # not space.binop: for << & etc. it would come back here
                    return float_binop(space, op, as_float(space, w_a), as_float(space, w_b))
            return space.w_NotImplemented
        return arith(space, op, w_a, w_b)
    return binop


def arith(space, op, w_a, w_b):
    if isinstance(w_a, W_Int) and isinstance(w_b, W_Int):
        return int_binop(space, op, w_a.intval, w_b.intval)
    assert isinstance(w_a, W_AbstractInt) and isinstance(w_b, W_AbstractInt)
    return long_binop(space, op, w_a.asbigint(), w_b.asbigint())


def compare(op, w_a, w_b):
    if isinstance(w_a, W_Int) and isinstance(w_b, W_Int):
        return int_compare(op, w_a.intval, w_b.intval)
    assert isinstance(w_a, W_AbstractInt) and isinstance(w_b, W_AbstractInt)
    return long_compare(op, w_a.asbigint(), w_b.asbigint())


def _make_cmp(op):
    def cmp(space, args):
        w_a = args.args_w[0]
        w_b = args.args_w[1]
        if not isinstance(w_a, W_AbstractInt) or not isinstance(w_b, W_AbstractInt):
            return space.w_NotImplemented
        return space.newbool(compare(op, w_a, w_b))
    return cmp


for _op in range(1, 14):
    if _op == ops.MATMUL:
        continue
    int_typedef.add(ops.BINOP_NAMES[_op], _make_binop(_op, False))
    int_typedef.add(ops.RBINOP_NAMES[_op], _make_binop(_op, True))
for _op in range(6):
    int_typedef.add(ops.CMP_NAMES[_op], _make_cmp(_op))


def int_neg(space, w_a):
    if isinstance(w_a, W_Int):
        try:
            return space.newint(ovfcheck(-w_a.intval))
        except OverflowError:
            pass
    return newlong(space, w_a.asbigint().neg())


def int_invert(space, w_a):
    if isinstance(w_a, W_Int):
        return space.newint(~w_a.intval)
    return newlong(space, w_a.asbigint().invert())


def int_abs(space, w_a):
    if isinstance(w_a, W_Int):
        if w_a.intval >= 0:
            return space.newint(w_a.intval)
        return int_neg(space, w_a)
    return newlong(space, w_a.asbigint().abs())


@int_typedef.method('__neg__', 0)
def descr_neg(space, w_self):
    return int_neg(space, w_self)


@int_typedef.method('__pos__', 0)
def descr_pos(space, w_self):
    if type(w_self) is W_Long:
        return w_self
    if isinstance(w_self, W_Long):
        return newlong(space, w_self.bigint)     # a user subclass: a plain int
    assert isinstance(w_self, W_Int)
    return space.newint(w_self.intval)


@int_typedef.method('__invert__', 0)
def descr_invert(space, w_self):
    return int_invert(space, w_self)


@int_typedef.method('__abs__', 0)
def descr_abs(space, w_self):
    return int_abs(space, w_self)


@int_typedef.method('__bool__', 0)
def descr_bool(space, w_self):
    if isinstance(w_self, W_Int):
        return space.newbool(w_self.intval != 0)
    return space.newbool(w_self.asbigint().tobool())


@int_typedef.method('__hash__', 0)
def descr_hash(space, w_self):
    if isinstance(w_self, W_Int):
        return space.newint(int_hash(w_self.intval))
    assert isinstance(w_self, W_Long)
    return space.newint(long_hash(w_self.bigint))


@int_typedef.method('__index__', 0)
def descr_index(space, w_self):
    return descr_pos(space, w_self)


@int_typedef.method('__int__', 0)
def descr_int(space, w_self):
    return descr_pos(space, w_self)


@int_typedef.method('__float__', 0)
def descr_float(space, w_self):
    return space.newfloat(space.float_w(w_self))


@int_typedef.method('__repr__', 0)
def descr_repr(space, w_self):
    return space.newtext(int_str(w_self))


@int_typedef.method('bit_length', 0)
def descr_bit_length(space, w_self):
    return space.newint(w_self.asbigint().bit_length())


@int_typedef.method('conjugate', 0)
def descr_conjugate(space, w_self):
    return descr_pos(space, w_self)


@int_typedef.method('__divmod__', 1)
def descr_divmod(space, w_self, w_other):
    if not _divmod_operand(w_other):
        return space.w_NotImplemented
    return space.divmod_numbers(w_self, w_other)


@int_typedef.method('__rdivmod__', 1)
def descr_rdivmod(space, w_self, w_other):
    if not _divmod_operand(w_other):
        return space.w_NotImplemented
    return space.divmod_numbers(w_other, w_self)


def _divmod_operand(w_other):
    """Can space.divmod take w_other with an int or float (without coming back
    here through __rdivmod__)?"""
    from interp.objects.floatobject import W_Float
    return isinstance(w_other, W_AbstractInt) or isinstance(w_other, W_Float)


@bool_typedef.method('__repr__', 0)
def bool_repr(space, w_self):
    return space.newtext('True' if w_self.intval else 'False')


def _bool_logic(op, reflected):
    w_int_impl = _make_binop(op, reflected)

    def f(space, args):
        w_a = args.args_w[0]
        w_b = args.args_w[1]
        if isinstance(w_a, W_Bool) and isinstance(w_b, W_Bool):
            a = w_a.intval
            b = w_b.intval
            if op == ops.AND:
                r = a & b
            elif op == ops.OR:
                r = a | b
            else:
                r = a ^ b
            return space.newbool(r != 0)
        return w_int_impl(space, args)
    return f


for _op in [ops.AND, ops.OR, ops.XOR]:
    bool_typedef.add(ops.BINOP_NAMES[_op], _bool_logic(_op, False))
    bool_typedef.add(ops.RBINOP_NAMES[_op], _bool_logic(_op, True))


# ____________________________________________________________
# int(x), int(str, base)

def _digit_value(c):
    if '0' <= c <= '9':
        return ord(c) - ord('0')
    if 'a' <= c <= 'z':
        return ord(c) - ord('a') + 10
    if 'A' <= c <= 'Z':
        return ord(c) - ord('A') + 10
    return 99


def parse_int(space, s, base):
    """Parse the text of int(s, base); raises ValueError like MicroPython."""
    orig = s
    start = 0
    end = len(s)
    while start < end and s[start] in ' \t\n\r\f\v':
        start += 1
    while end > start and s[end - 1] in ' \t\n\r\f\v':
        end -= 1
    neg = False
    if start < end and (s[start] == '+' or s[start] == '-'):
        neg = s[start] == '-'
        start += 1
    if base == 0 or base == 16 or base == 8 or base == 2:
        if end - start >= 2 and s[start] == '0':
            c = s[start + 1]
            pbase = 0
            if c == 'x' or c == 'X':
                pbase = 16
            elif c == 'o' or c == 'O':
                pbase = 8
            elif c == 'b' or c == 'B':
                pbase = 2
            if pbase != 0 and (base == 0 or base == pbase):
                base = pbase
                start += 2
                if start < end and s[start] == '_':
                    start += 1
        if base == 0:
            base = 10
            # a leading zero in base 0 is only allowed for zero itself
            if end - start > 1 and s[start] == '0':
                for k in range(start, end):
                    if s[k] != '0' and s[k] != '_':
                        raise _invalid_int(space, orig, 0)
    if base < 2 or base > 36:
        raise oefmt(space.w_ValueError, "int() arg 2 must be >= 2 and <= 36")
    if start >= end:
        raise _invalid_int(space, orig, base)
    value = 0
    big = None
    i = start
    prev_us = True
    while i < end:
        c = s[i]
        i += 1
        if c == '_':
            if prev_us:
                raise _invalid_int(space, orig, base)
            prev_us = True
            continue
        prev_us = False
        d = _digit_value(c)
        if d >= base:
            raise _invalid_int(space, orig, base)
        if big is None:
            try:
                value = ovfcheck(ovfcheck(value * base) + d)
                continue
            except OverflowError:
                big = rbigint.fromint(value)
        big = big.int_mul(base).int_add(d)
    if prev_us:
        raise _invalid_int(space, orig, base)
    if big is None:
        if neg:
            value = -value
        return space.newint(value)
    if neg:
        big = big.neg()
    return newlong(space, big)


def _invalid_int(space, s, base):
    return oefmt(space.w_ValueError,
                 "invalid syntax for integer with base %d: '%s'" % (base, s))


@builtin_new('w_int')
def int_new(space, args):
    """int.__new__(cls, x=0, base=10)"""
    args.check_kw_only(space, 'int', ['base'])
    n = len(args.args_w)
    if n < 1 or n > 3:
        raise oefmt(space.w_TypeError, "function takes at most 2 arguments")
    w_x = args.arg(1)
    w_base = args.arg(2)
    if w_base is None:
        w_base = args.kw('base')
    if w_x is None:
        if w_base is not None:
            raise oefmt(space.w_TypeError, "int() missing string argument")
        return space.newint(0)
    if w_base is not None:
        base = space.int_w(w_base)
        s = space.text_or_bytes_w(w_x, "int() can't convert non-string with explicit base")
        return parse_int(space, s, base)
    return space.int(w_x)


int_typedef.add('__new__', int_new)


def bool_new(space, args):
    from interp.gateway import check_new_args
    check_new_args(space, args, 'bool', 1)
    w_x = args.arg(1)
    if w_x is None:
        return space.w_False
    return space.newbool(space.is_true(w_x))


bool_typedef.add('__new__', bool_new)


def from_bytes(space, args):
    """int.from_bytes(bytes, byteorder='big', *, signed=False)"""
    w_bytes = args.arg(1)
    w_order = args.arg(2)
    if w_order is None:
        w_order = args.kw('byteorder')
    s = space.bytes_w(w_bytes)
    order = 'big' if w_order is None else space.text_w(w_order)
    w_signed = args.kw('signed')
    signed = w_signed is not None and space.is_true(w_signed)
    if order != 'big' and order != 'little':
        raise oefmt(space.w_ValueError, "byteorder must be either 'little' or 'big'")
    w_res = newlong(space, rbigint.frombytes(s, order, signed))
    if args.arg(0) is not space.w_int:
        w_res = space.call_function(args.arg(0), [w_res])     # a subclass: cls(value)
    return w_res


def to_bytes(space, args):
    """int.to_bytes(length=1, byteorder='big', *, signed=False)"""
    w_self = args.arg(0)
    if not isinstance(w_self, W_AbstractInt):
        raise oefmt(space.w_TypeError, "descriptor requires an 'int' object")
    w_len = args.arg(1)
    if w_len is None:
        w_len = args.kw('length')
    w_order = args.arg(2)
    if w_order is None:
        w_order = args.kw('byteorder')
    length = 1 if w_len is None else space.int_w(w_len)
    order = 'big' if w_order is None else space.text_w(w_order)
    w_signed = args.kw('signed')
    signed = w_signed is not None and space.is_true(w_signed)
    if order != 'big' and order != 'little':
        raise oefmt(space.w_ValueError, "byteorder must be either 'little' or 'big'")
    if length < 0:
        raise oefmt(space.w_ValueError, "length argument must be non-negative")
    big = w_self.asbigint()
    if not signed and big.sign < 0:
        raise oefmt(space.w_OverflowError, "can't convert negative int to unsigned")
    try:
        return space.newbytes(big.tobytes(length, order, signed))
    except OverflowError:
        raise oefmt(space.w_OverflowError, "int too big to convert")


int_typedef.add_classmethod('from_bytes', from_bytes)
int_typedef.add('to_bytes', to_bytes)


@int_typedef.method('__format__', 1)
def descr_format(space, w_self, w_spec):
    from interp.formatting import format_int
    spec = space.text_w(w_spec)
    if not spec:
        # an empty spec means str(self), which a subclass may override
        return space.newtext(int_str(w_self)) if space.type(w_self) is space.w_int \
            else space.str(w_self)
    return space.newtext(format_int(space, w_self, spec))


def _int_real(space, args):
    w_self = args.args_w[0]
    assert isinstance(w_self, W_AbstractInt)
    return descr_pos(space, w_self)


def _int_imag(space, args):
    return space.newint(0)


def _int_one(space, args):
    return space.newint(1)


int_typedef.add_getset('real', _int_real)
int_typedef.add_getset('imag', _int_imag)
int_typedef.add_getset('numerator', _int_real)
int_typedef.add_getset('denominator', _int_one)
