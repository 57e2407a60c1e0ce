"""gc: collection control.  micropy's heap is RPython's GC heap, which grows
as needed; mem_alloc() reports the process's resident memory (from
/proc/self/statm) and mem_free() what is left of a nominal heap of
HEAP_SIZE bytes, so programs that print or compare them keep working."""
import os
from rpython.rlib import rgc, jit
from interp.objects.moduleobject import W_Module
from interp.objects.funcobject import W_BuiltinFunction
from interp.gateway import function

HEAP_SIZE = 64 * 1024 * 1024


class GcState(object):
    def __init__(self):
        self.enabled = True
        self.threshold = -1


_state = GcState()


@jit.dont_look_inside      # the JIT cannot trace a collection
def collect():
    rgc.collect()


@function(0)
def gc_collect(space):
    collect()
    return space.w_None


@function(0)
def gc_enable(space):
    _state.enabled = True
    return space.w_None


@function(0)
def gc_disable(space):
    _state.enabled = False
    return space.w_None


@function(0)
def gc_isenabled(space):
    return space.newbool(_state.enabled)


@function(0, 1)
def gc_threshold(space, w_amount):
    if w_amount is None:
        return space.newint(_state.threshold)
    _state.threshold = space.int_w(w_amount)
    return space.w_None


def resident_bytes():
    try:
        fd = os.open('/proc/self/statm', os.O_RDONLY, 0)
        try:
            text = os.read(fd, 256)
        finally:
            os.close(fd)
        fields = text.split(' ')
        if len(fields) < 2:
            return 0
        return int(fields[1]) * 4096
    except (OSError, ValueError):
        return 0


@function(0)
def gc_mem_alloc(space):
    return space.newint(resident_bytes())


@function(0)
def gc_mem_free(space):
    return space.newint(max(0, HEAP_SIZE - resident_bytes()))


def make_module(space):
    w_mod = W_Module(space, 'gc')
    d = w_mod.w_dict
    for name, func in [('collect', gc_collect), ('enable', gc_enable),
                       ('disable', gc_disable), ('isenabled', gc_isenabled),
                       ('threshold', gc_threshold), ('mem_alloc', gc_mem_alloc),
                       ('mem_free', gc_mem_free)]:
        d.setitem_str(name, W_BuiltinFunction(name, func))
    return w_mod
