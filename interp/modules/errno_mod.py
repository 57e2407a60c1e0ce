"""errno: the error numbers OSError carries, and errorcode (number -> name)."""
from interp.objects.moduleobject import W_Module
from interp import errnos


def make_module(space):
    w_mod = W_Module(space, 'errno')
    d = w_mod.w_dict
    w_codes = space.newdict()
    for name, code in errnos.CODES:
        d.setitem_str(name, space.newint(code))
        space.setitem(w_codes, space.newint(code), space.newtext(name))
    d.setitem_str('errorcode', w_codes)
    return w_mod
