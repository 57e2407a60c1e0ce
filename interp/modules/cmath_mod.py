"""cmath: MicroPython's complex math functions (cos, exp, log, log10, phase,
polar, rect, sin, sqrt, e, pi), with CPython's results and errors (rlib's
rcomplex implements CPython's algorithms and special values)."""
import math
from rpython.rlib import rcomplex
from rpython.rlib.objectmodel import specialize
from rpython.rlib.unroll import unrolling_iterable
from interp.error import oefmt
from interp import ops
from interp.gateway import function
from interp.objects.moduleobject import W_Module
from interp.objects.funcobject import W_BuiltinFunction
from interp.objects.complexobject import W_Complex, is_operand, real_of, imag_of


def complex_arg(space, w_x):
    """(re, im) of a number, or of an object with __complex__/__float__."""
    if is_operand(w_x):
        return real_of(space, w_x), imag_of(w_x)
    w_c = space.lookup(w_x, '__complex__')
    if w_c is not None:
        w_res = space.call_function(w_c, [w_x])
        if not isinstance(w_res, W_Complex):
            raise oefmt(space.w_TypeError, "__complex__ returned non-complex")
        return w_res.realval, w_res.imagval
    if space.lookup(w_x, '__float__') is not None or space.lookup(w_x, '__index__') is not None:
        return space.float_w(w_x), 0.0
    raise oefmt(space.w_TypeError, "must be real number, not %s" % space.type_name(w_x))


@specialize.arg(1)
def _apply(space, func, re, im):
    try:
        return func(re, im)
    except ValueError:
        raise oefmt(space.w_ValueError, "math domain error")
    except OverflowError:
        raise oefmt(space.w_OverflowError, "math range error")


def _make_unary(func):
    @function(1)
    def cmath_func(space, w_x):
        re, im = complex_arg(space, w_x)
        r, i = _apply(space, func, re, im)
        return W_Complex(r, i)
    cmath_func.__name__ = 'cmath_' + func.__name__
    return cmath_func


UNARY = unrolling_iterable([(name, _make_unary(f)) for name, f in [
    ('cos', rcomplex.c_cos), ('sin', rcomplex.c_sin), ('exp', rcomplex.c_exp),
    ('sqrt', rcomplex.c_sqrt), ('log10', rcomplex.c_log10)]])


@function(1, 2)
def cmath_log(space, w_x, w_base):
    re, im = complex_arg(space, w_x)
    r, i = _apply(space, rcomplex.c_log, re, im)
    if w_base is None:
        return W_Complex(r, i)
    bre, bim = complex_arg(space, w_base)
    br, bi = _apply(space, rcomplex.c_log, bre, bim)
    # log(x) / log(base)
    w_num = W_Complex(r, i)
    return space.binop(ops.TRUEDIV, w_num, W_Complex(br, bi))


@function(1)
def cmath_phase(space, w_x):
    re, im = complex_arg(space, w_x)
    return space.newfloat(_apply(space, rcomplex.c_phase, re, im))


@function(1)
def cmath_polar(space, w_x):
    re, im = complex_arg(space, w_x)
    r, phi = _apply(space, rcomplex.c_polar, re, im)
    return space.newtuple([space.newfloat(r), space.newfloat(phi)])


@function(2)
def cmath_rect(space, w_r, w_phi):
    r, i = _apply(space, rcomplex.c_rect, space.float_w(w_r), space.float_w(w_phi))
    return W_Complex(r, i)


def make_module(space):
    w_mod = W_Module(space, 'cmath')
    d = w_mod.w_dict
    for name, func in UNARY:
        d.setitem_str(name, W_BuiltinFunction(name, func))
    for name, func in [('log', cmath_log), ('phase', cmath_phase),
                       ('polar', cmath_polar), ('rect', cmath_rect)]:
        d.setitem_str(name, W_BuiltinFunction(name, func))
    d.setitem_str('e', space.newfloat(math.e))
    d.setitem_str('pi', space.newfloat(math.pi))
    return w_mod
