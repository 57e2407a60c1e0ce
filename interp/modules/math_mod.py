"""math: MicroPython's math module (its special functions included), with
CPython's results and errors ("math domain error", "math range error")."""
import math
from rpython.rlib import rfloat
from rpython.rlib.rbigint import rbigint
from rpython.rlib.unroll import unrolling_iterable
from rpython.rlib.objectmodel import specialize
from interp.error import oefmt
from interp.gateway import function
from interp.objects.moduleobject import W_Module
from interp.objects.funcobject import W_BuiltinFunction
from interp.objects.intobject import W_AbstractInt, newlong
from interp.objects.floatobject import float_to_int


def _domain(space):
    return oefmt(space.w_ValueError, "math domain error")


def _range(space):
    return oefmt(space.w_OverflowError, "math range error")


@specialize.arg(1)
def _call1(space, func, x):
    try:
        return func(x)
    except ValueError:
        raise _domain(space)
    except OverflowError:
        raise _range(space)


@specialize.arg(1)
def _call2(space, func, x, y):
    try:
        return func(x, y)
    except ValueError:
        raise _domain(space)
    except OverflowError:
        raise _range(space)


def _degrees(x):
    return x * (180.0 / math.pi)


def _radians(x):
    return x * (math.pi / 180.0)


def _gamma(x):
    if x == rfloat.INFINITY:
        return x
    return rfloat.gamma(x)


def _log1p(x):
    if x <= -1.0:
        raise ValueError
    return math.log1p(x)


def _lgamma(x):
    if math.isinf(x):
        return rfloat.INFINITY
    return rfloat.lgamma(x)


def _log2(x):
    if x <= 0.0:
        raise ValueError
    return rfloat.log2(x)


def _log(x):
    if x <= 0.0:
        raise ValueError
    return math.log(x)


def _log10(x):
    if x <= 0.0:
        raise ValueError
    return math.log10(x)


def _sqrt(x):
    if x < 0.0:
        raise ValueError
    return math.sqrt(x)


# name -> interp-level float -> float function
UNARY = unrolling_iterable([
    ('sqrt', _sqrt), ('exp', math.exp), ('expm1', math.expm1), ('log2', _log2),
    ('log10', _log10), ('log1p', _log1p), ('cos', math.cos), ('sin', math.sin),
    ('tan', math.tan), ('acos', math.acos), ('asin', math.asin), ('atan', math.atan),
    ('cosh', math.cosh), ('sinh', math.sinh), ('tanh', math.tanh),
    ('acosh', math.acosh), ('asinh', math.asinh), ('atanh', math.atanh),
    ('fabs', math.fabs), ('degrees', _degrees), ('radians', _radians),
    ('erf', rfloat.erf), ('erfc', rfloat.erfc), ('gamma', _gamma), ('lgamma', _lgamma),
])

BINARY = unrolling_iterable([
    ('pow', math.pow), ('atan2', math.atan2), ('fmod', math.fmod),
    ('copysign', math.copysign), ('hypot', math.hypot),
])


def _make_unary(name, func):
    check_range = name not in ('lgamma', 'degrees', 'radians')   # these just give inf

    def f(space, w_x):
        x = space.float_w(w_x)
        r = _call1(space, func, x)
        if math.isnan(r) and not math.isnan(x):
            raise _domain(space)
        if check_range and math.isinf(r) and not math.isinf(x):
            raise _range(space)
        return space.newfloat(r)
    f.__name__ = 'math_' + name
    return function(1)(f)


def _make_binary(name, func):
    def f(space, w_x, w_y):
        x = space.float_w(w_x)
        y = space.float_w(w_y)
        r = _call2(space, func, x, y)
        if math.isnan(r) and not math.isnan(x) and not math.isnan(y):
            raise _domain(space)
        return space.newfloat(r)
    f.__name__ = 'math_' + name
    return function(2)(f)


@function(1, 2)
def math_log(space, w_x, w_base):
    x = space.float_w(w_x)
    r = _call1(space, _log, x)
    if w_base is not None:
        b = _call1(space, _log, space.float_w(w_base))
        if b == 0.0:
            raise oefmt(space.w_ZeroDivisionError, "divide by zero")
        r = r / b
    return space.newfloat(r)


def _rounding(name, func):
    def f(space, w_x):
        if isinstance(w_x, W_AbstractInt):
            return space.int(w_x)
        w_m = space.lookup(w_x, '__' + name + '__')
        if w_m is not None:
            return space.call_function(w_m, [w_x])
        return float_to_int(space, func(space.float_w(w_x)))
    f.__name__ = 'math_' + name
    return function(1)(f)


def _trunc(x):
    if x < 0.0:
        return math.ceil(x)
    return math.floor(x)


@function(1)
def math_frexp(space, w_x):
    m, e = math.frexp(space.float_w(w_x))
    return space.newtuple([space.newfloat(m), space.newint(e)])


@function(2)
def math_ldexp(space, w_x, w_i):
    x = space.float_w(w_x)
    i = space.int_w(w_i)
    try:
        r = math.ldexp(x, i)
    except OverflowError:
        raise _range(space)
    return space.newfloat(r)


@function(1)
def math_modf(space, w_x):
    f, i = math.modf(space.float_w(w_x))
    return space.newtuple([space.newfloat(f), space.newfloat(i)])


@function(1)
def math_isfinite(space, w_x):
    return space.newbool(rfloat.isfinite(space.float_w(w_x)))


@function(1)
def math_isinf(space, w_x):
    return space.newbool(math.isinf(space.float_w(w_x)))


@function(1)
def math_isnan(space, w_x):
    return space.newbool(math.isnan(space.float_w(w_x)))


def math_isclose(space, args):
    args.check_kw_only(space, 'isclose', ['rel_tol', 'abs_tol'])
    if len(args.args_w) != 2:
        raise oefmt(space.w_TypeError, "function takes 2 positional arguments but %d were given"
                    % len(args.args_w))
    a = space.float_w(args.args_w[0])
    b = space.float_w(args.args_w[1])
    w_rel = args.kw('rel_tol')
    w_abs = args.kw('abs_tol')
    rel_tol = 1e-9 if w_rel is None else space.float_w(w_rel)
    abs_tol = 0.0 if w_abs is None else space.float_w(w_abs)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise oefmt(space.w_ValueError, "tolerances must be non-negative")
    if a == b:
        return space.w_True
    if math.isinf(a) or math.isinf(b):
        return space.w_False
    diff = math.fabs(b - a)
    ok = (diff <= math.fabs(rel_tol * b) or diff <= math.fabs(rel_tol * a) or
          diff <= abs_tol)
    return space.newbool(ok)


def _int_arg(space, w_x, fname):
    if not isinstance(w_x, W_AbstractInt):
        raise oefmt(space.w_TypeError, "%s() only accepts integral values" % fname)
    return w_x.asbigint()


@function(1)
def math_factorial(space, w_n):
    n = _int_arg(space, w_n, 'factorial')
    if n.sign < 0:
        raise oefmt(space.w_ValueError, "factorial() not defined for negative values")
    if not n.lt(rbigint.fromint(100000)):
        raise oefmt(space.w_OverflowError, "factorial() argument should not exceed 100000")
    count = n.toint()
    result = rbigint.fromint(1)
    for i in range(2, count + 1):
        result = result.int_mul(i)
    return newlong(space, result)


def math_gcd(space, args):
    result = rbigint.fromint(0)
    for w_x in args.args_w:
        b = _int_arg(space, w_x, 'gcd').abs()
        a = result
        while b.sign != 0:
            a, b = b, a.mod(b)
        result = a
    return newlong(space, result)


def make_module(space):
    w_mod = W_Module(space, 'math')
    d = w_mod.w_dict
    for name, func in UNARY:
        d.setitem_str(name, W_BuiltinFunction(name, _make_unary(name, func)))
    for name, func in BINARY:
        d.setitem_str(name, W_BuiltinFunction(name, _make_binary(name, func)))
    for name, func in [('log', math_log), ('ceil', _rounding('ceil', math.ceil)),
                       ('floor', _rounding('floor', math.floor)),
                       ('trunc', _rounding('trunc', _trunc)),
                       ('frexp', math_frexp), ('ldexp', math_ldexp), ('modf', math_modf),
                       ('isfinite', math_isfinite), ('isinf', math_isinf),
                       ('isnan', math_isnan), ('isclose', math_isclose),
                       ('factorial', math_factorial), ('gcd', math_gcd)]:
        d.setitem_str(name, W_BuiltinFunction(name, func))
    d.setitem_str('pi', space.newfloat(math.pi))
    d.setitem_str('e', space.newfloat(math.e))
    d.setitem_str('tau', space.newfloat(2.0 * math.pi))
    d.setitem_str('inf', space.newfloat(rfloat.INFINITY))
    d.setitem_str('nan', space.newfloat(rfloat.NAN))
    return w_mod
