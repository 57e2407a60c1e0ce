"""array: MicroPython's array module (array.array, see
interp/objects/arrayobject.py)."""
from interp.objects.moduleobject import W_Module
from interp.objects.arrayobject import array_typedef


def make_module(space):
    w_type = space._maketype(array_typedef)
    w_type.dict_w['__hash__'] = space.w_None        # mutable: unhashable
    space.w_array = w_type
    w_mod = W_Module(space, 'array')
    w_mod.w_dict.setitem_str('array', w_type)
    return w_mod
