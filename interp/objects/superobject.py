"""super(type, obj): attribute lookup starting after `type` in obj's MRO."""
from interp.objects.root import W_Root, TypeDef
from interp.objects.typeobject import W_Type
from interp.error import oefmt


class W_Super(W_Root):
    _immutable_fields_ = ['w_starttype', 'w_self', 'w_selftype']

    def __init__(self, w_starttype, w_self, w_selftype):
        self.w_starttype = w_starttype
        self.w_self = w_self            # None for unbound super
        self.w_selftype = w_selftype

    def getclass(self, space):
        return space.builtin_types['super']

    def lookup(self, space, name):
        mro = self.w_selftype.mro_w
        i = 0
        while i < len(mro) and mro[i] is not self.w_starttype:
            i += 1
        i += 1
        while i < len(mro):
            w_v = mro[i].dict_w.get(name, None)
            if w_v is not None:
                w_obj = self.w_self
                if w_obj is self.w_selftype and isinstance(w_obj, W_Type):
                    w_obj = None        # super(cls, cls): class-level binding
                return space.get(w_v, w_obj, self.w_selftype)
            i += 1
        return None


super_typedef = TypeDef('super', W_Super, acceptable_as_base=False)


def super_new(space, args):
    n = len(args.args_w) - 1
    if n == 0:
        raise oefmt(space.w_RuntimeError, "super(): no arguments")
    w_type = args.args_w[1]
    if not isinstance(w_type, W_Type):
        raise oefmt(space.w_TypeError, "super() argument 1 must be type")
    if n == 1:
        return W_Super(w_type, None, w_type)
    w_obj = args.args_w[2]
    if isinstance(w_obj, W_Type) and w_obj.issubtype(w_type):
        return W_Super(w_type, w_obj, w_obj)
    w_objtype = space.type(w_obj)
    if not w_objtype.issubtype(w_type):
        raise oefmt(space.w_TypeError,
                    "super(type, obj): obj must be an instance or subtype of type")
    return W_Super(w_type, w_obj, w_objtype)


super_typedef.add('__new__', super_new)


@super_typedef.method('__getattribute__', 1)
def super_getattribute(space, w_self, w_name):
    name = space.text_w(w_name)
    if name == '__class__':
        return space.type(w_self)
    w_res = w_self.lookup(space, name)
    if w_res is None:
        raise oefmt(space.w_AttributeError, "'super' object has no attribute '%s'" % name)
    return w_res


@super_typedef.method('__repr__', 0)
def super_repr(space, w_self):
    return space.newtext("<super: <class '%s'>, <%s object>>" %
                         (w_self.w_starttype.name, w_self.w_selftype.name))
