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


def skip_unknown_fields_in_short_preamble(driver):
    """Work around a bug in RPython 0.2.1's JIT optimizer.  When it exports
    the state at the end of a loop's first iteration, a cached struct whose
    field is not known (None) is offered to the short preamble as an
    operation without a result; export_state then reads through that None and
    the translated JIT segfaults (an attribute of an object made in the
    previous iteration, read after a new one was made: bench/JIT_FINDINGS.md,
    finding 9).  The array case of the same method already skips unknown
    items; do the same for struct fields."""
    if not driver.config.translation.jit:
        return
    from rpython.jit.metainterp.optimizeopt import info
    from rpython.jit.metainterp.resoperation import ResOperation, OpHelpers
    cls = info.AbstractStructPtrInfo
    if getattr(cls, '_micropy_patched', False):
        return

    def produce_short_preamble_ops(self, structbox, fielddescr, index,
                                   optimizer, shortboxes):
        if self._fields is None:
            return
        i = fielddescr.get_index()
        if i >= len(self._fields) or self._fields[i] is None:
            return      # nothing known about this field
        op = optimizer.get_box_replacement(self._fields[i])
        opnum = OpHelpers.getfield_for_descr(fielddescr)
        getfield_op = ResOperation(opnum, [structbox], descr=fielddescr)
        shortboxes.add_heap_op(op, getfield_op)
    cls.produce_short_preamble_ops = produce_short_preamble_ops
    cls._micropy_patched = True


# Default GC tuning (measured on bench/, see bench/JIT_FINDINGS.md, "Memory"):
# RPython's defaults let the heap grow to 1.82 times what survived the last
# major collection, with a nursery of half the L2 cache (1 MB when it is not
# above 2 MB) and a first major collection only after 8 nurseries.
GC_NURSERY_MAX = 512 * 1024
GC_MAJOR_COLLECT = 1.4


def smaller_gc_heap(driver):
    """Make the GC keep less garbage around: cap the nursery at 512 KB
    (which also halves the heap size of the first major collection, 8
    nurseries) and lower the major-collection factor to 1.4.  Only the
    defaults change: PYPY_GC_NURSERY and PYPY_GC_MAJOR_COLLECT still
    override them at run time."""
    if driver.config.translation.gc != 'incminimark':
        return
    from rpython.memory.gc import env
    from rpython.memory.gc.incminimark import IncrementalMiniMarkGC
    params = IncrementalMiniMarkGC.TRANSLATION_PARAMS
    params['major_collection_threshold'] = GC_MAJOR_COLLECT
    params['nursery_size'] = min(params['nursery_size'], GC_NURSERY_MAX)
    original = env.estimate_best_nursery_size
    if getattr(original, '_micropy_capped', False):
        return

    def estimate_best_nursery_size():
        # only reached when PYPY_GC_NURSERY is not set
        size = original()
        if size <= 0 or size > GC_NURSERY_MAX:
            size = GC_NURSERY_MAX
        return size
    estimate_best_nursery_size._micropy_capped = True
    env.estimate_best_nursery_size = estimate_best_nursery_size


def target(driver, args):
    driver.exe_name = 'micropy'
    from interp import portconfig
    driver.config.translation.thread = portconfig.THREADS
    positive_nan_constants()
    link_position_dependent(driver)
    inline_step_without_jit(driver)
    smaller_gc_heap(driver)
    skip_unknown_fields_in_short_preamble(driver)
    return entry_point, None


def jitpolicy(driver):
    from interp.jitpolicy import MicropyJitPolicy
    return MicropyJitPolicy()


if __name__ == '__main__':
    # untranslated: run on CPython 2.7 for quick checks
    sys.exit(entry_point(sys.argv))
