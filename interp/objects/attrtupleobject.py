"""MicroPython's attrtuple: a tuple whose items are also attributes
(os.uname(), sys.implementation); repr (name=value, ...)."""
from interp.objects.root import TypeDef
from interp.objects.tupleobject import W_Tuple, tuple_typedef


class W_AttrTuple(W_Tuple):
    _attrs_ = ['fields']
    _immutable_fields_ = ['fields[*]']

    def __init__(self, fields, items_w):
        W_Tuple.__init__(self, items_w)
        self.fields = fields

    def getclass(self, space):
        return space.w_attrtuple

    def getdictvalue(self, space, name):
        for i in range(len(self.fields)):
            if self.fields[i] == name:
                return self.items_w[i]
        return None


attrtuple_typedef = TypeDef('attrtuple', W_AttrTuple, base=tuple_typedef,
                            acceptable_as_base=False)


@attrtuple_typedef.method('__repr__', 0)
def attrtuple_repr(space, w_self):
    parts = []
    for i in range(len(w_self.fields)):
        parts.append('%s=%s' % (w_self.fields[i], space.repr_w(w_self.items_w[i])))
    return space.newtext('(' + ', '.join(parts) + ')')
