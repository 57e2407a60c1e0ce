"""RPython translation target for micropy."""
import os
import sys

sys.setrecursionlimit(20000)

from rpython.rlib import jit


def entry_point(argv):
    from interp.space import space
    from interp import main
    try:
        return main.main(space, argv)
    except OSError:
        return 1


def positive_nan_constants():
    """RPython writes a NaN constant as Py_HUGE_VAL/Py_HUGE_VAL, which the C
    compiler evaluates to x86's default NaN, whose sign bit is set: then
    float('nan') and math.nan would be negative (visible through copysign and
    struct.pack).  Emit GCC's positive quiet NaN instead."""
    from rpython.rtyper.lltypesystem.lltype import Float, SingleFloat, LongFloat
    from rpython.translator.c import primitive
    from rpython.rlib.rfloat import isnan
    original = primitive.name_float

    def name_float(value, db):
        if isnan(value):
            nan = '__builtin_nan("")'
            return '(%s)' % nan if primitive.is_positive_nan(value) else '(-%s)' % nan
        return original(value, db)

    def name_singlefloat(value, db):
        value = float(value)
        if isnan(value):
            nan = '__builtin_nanf("")'
            return '(%s)' % nan if primitive.is_positive_nan(value) else '(-%s)' % nan
        return primitive.name_singlefloat_original(value, db)

    primitive.name_singlefloat_original = primitive.name_singlefloat
    primitive.PrimitiveName[Float] = name_float
    primitive.PrimitiveName[LongFloat] = name_float
    primitive.PrimitiveName[SingleFloat] = name_singlefloat


def target(driver, args):
    driver.exe_name = 'micropy'
    from interp import portconfig
    driver.config.translation.thread = portconfig.THREADS
    positive_nan_constants()
    return entry_point, None


def jitpolicy(driver):
    from interp.jitpolicy import MicropyJitPolicy
    return MicropyJitPolicy()


if __name__ == '__main__':
    # untranslated: run on CPython 2.7 for quick checks
    sys.exit(entry_point(sys.argv))
