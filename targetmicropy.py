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


def link_position_dependent(driver):
    """Link the executable without PIE: RPython's prebuilt heap is full of
    pointers, which in a PIE are ~80000 relocations that the loader patches
    at every start-up (a third of `micropy -c pass`).  Only the final
    executable: the platform's link flags also build the shared libraries
    RPython compiles for itself during translation."""
    from rpython.translator import platform as platform_mod
    # the translator makes its own instance of the host's platform class
    cls = type(platform_mod.platform)
    if platform_mod.platform.name != 'linux' or getattr(cls, '_micropy_no_pie', False):
        return
    original = cls.gen_makefile

    def gen_makefile(self, *args, **kwds):
        mk = original(self, *args, **kwds)
        if not kwds.get('shared', False):
            extra = mk.lines[mk.defs['LDFLAGSEXTRA']].value
            mk.definition('LDFLAGSEXTRA', list(extra) + ['-no-pie'])
        return mk
    cls.gen_makefile = gen_makefile
    cls._micropy_no_pie = True


def inline_step_without_jit(driver):
    """Frame.step (one instruction) is a call of its own so that the JIT's
    portal, Frame.dispatch, can catch its exceptions.  Without the JIT,
    dispatch calls Frame.run_steps, a loop into which step is inlined (a call
    per instruction cost the plain build up to a third of its speed)."""
    if not driver.config.translation.jit:
        from interp import frame
        frame.PLAIN_LOOP = True
        frame.Frame.step.im_func._always_inline_ = True


def target(driver, args):
    driver.exe_name = 'micropy'
    from interp import portconfig
    driver.config.translation.thread = portconfig.THREADS
    positive_nan_constants()
    link_position_dependent(driver)
    inline_step_without_jit(driver)
    return entry_point, None


def jitpolicy(driver):
    from interp.jitpolicy import MicropyJitPolicy
    return MicropyJitPolicy()


if __name__ == '__main__':
    # untranslated: run on CPython 2.7 for quick checks
    sys.exit(entry_point(sys.argv))
