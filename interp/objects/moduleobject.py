"""Module objects: a name and a globals dict."""
from interp.objects.root import W_Root, TypeDef
from interp.objects.dictobject import W_Dict


class W_Module(W_Root):
    _attrs_ = ['name', 'w_dict']
    _immutable_fields_ = ['w_dict']

    def __init__(self, space, name, w_dict=None):
        self.name = name
        if w_dict is None:
            w_dict = W_Dict()
        self.w_dict = w_dict
        w_dict.setitem_str('__name__', space.newtext(name))

    def getclass(self, space):
        return space.w_module

    def getdictvalue(self, space, name):
        return self.w_dict.getitem_str(name)

    def setdictvalue(self, space, name, w_value):
        self.w_dict.setitem_str(name, w_value)
        return True

    def deldictvalue(self, space, name):
        return self.w_dict.delitem_str(name)

    def get_dict_w(self, space):
        return self.w_dict


module_typedef = TypeDef('module', W_Module, acceptable_as_base=False)


@module_typedef.method('__repr__', 0)
def module_repr(space, w_self):
    w_file = w_self.w_dict.getitem_str('__file__')
    if w_file is not None:
        return space.newtext("<module '%s' from '%s'>" % (w_self.name, space.text_w(w_file)))
    return space.newtext("<module '%s'>" % w_self.name)
