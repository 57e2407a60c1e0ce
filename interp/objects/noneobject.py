"""None, NotImplemented, Ellipsis."""
from interp.objects.root import W_Root, TypeDef


class W_None(W_Root):
    _attrs_ = []

    def getclass(self, space):
        return space.w_NoneType


class W_NotImplemented(W_Root):
    _attrs_ = []

    def getclass(self, space):
        return space.w_NotImplementedType


class W_Ellipsis(W_Root):
    _attrs_ = []

    def getclass(self, space):
        return space.w_ellipsis


none_typedef = TypeDef('NoneType', W_None, acceptable_as_base=False)
notimpl_typedef = TypeDef('NotImplementedType', W_NotImplemented, acceptable_as_base=False)
ellipsis_typedef = TypeDef('ellipsis', W_Ellipsis, acceptable_as_base=False)


@none_typedef.method('__repr__', 0)
def none_repr(space, w_self):
    return space.newtext('None')


@none_typedef.method('__bool__', 0)
def none_bool(space, w_self):
    return space.w_False


@notimpl_typedef.method('__repr__', 0)
def notimpl_repr(space, w_self):
    return space.newtext('NotImplemented')


@ellipsis_typedef.method('__repr__', 0)
def ellipsis_repr(space, w_self):
    return space.newtext('Ellipsis')
