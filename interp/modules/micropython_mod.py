"""micropython: MicroPython's own module (the language-level parts)."""
from interp.gateway import function
from interp.objects.moduleobject import W_Module
from interp.objects.funcobject import W_BuiltinFunction


@function(1)
def mp_const(space, w_x):
    # the compiler folds `X = const(...)` in MicroPython; at run time it is identity
    return w_x


@function(1)
def mp_code_emitter(space, w_func):
    """@micropython.native / @micropython.viper: micropy runs the function
    as normal bytecode, which has the same meaning for valid programs."""
    return w_func


class HeapState(object):
    def __init__(self):
        self.lock_depth = 0


_heap = HeapState()


@function(0, 1)
def mp_opt_level(space, w_level):
    if w_level is None:
        return space.newint(space.optimize)
    space.optimize = space.int_w(w_level)
    return space.w_None


@function(1)
def mp_alloc_emergency_exception_buf(space, w_size):
    space.int_w(w_size)
    return space.w_None


@function(0)
def mp_heap_lock(space):
    _heap.lock_depth += 1
    return space.w_None


@function(0)
def mp_heap_unlock(space):
    if _heap.lock_depth > 0:
        _heap.lock_depth -= 1
    return space.newint(_heap.lock_depth)


@function(1)
def mp_kbd_intr(space, w_chr):
    space.int_w(w_chr)
    return space.w_None


def make_module(space):
    w_mod = W_Module(space, 'micropython')
    d = w_mod.w_dict
    for name, func in [('const', mp_const), ('native', mp_code_emitter),
                       ('viper', mp_code_emitter), ('opt_level', mp_opt_level),
                       ('alloc_emergency_exception_buf', mp_alloc_emergency_exception_buf),
                       ('heap_lock', mp_heap_lock), ('heap_unlock', mp_heap_unlock),
                       ('kbd_intr', mp_kbd_intr)]:
        d.setitem_str(name, W_BuiltinFunction(name, func))
    return w_mod
