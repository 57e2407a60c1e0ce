"""_collections: the native deque (interp/objects/dequeobject.py);
lib/collections.py imports it from here."""
from interp.objects.moduleobject import W_Module
from interp.objects.dequeobject import deque_typedef


def make_module(space):
    w_type = space._maketype(deque_typedef)
    w_type.dict_w['__hash__'] = space.w_None        # mutable: unhashable
    space.w_deque = w_type
    w_mod = W_Module(space, '_collections')
    w_mod.w_dict.setitem_str('deque', w_type)
    return w_mod
