"""Instances of user classes derived from builtin types (int, str, list, ...).

Each builtin storage class W_X gets an RPython subclass W_X_User that adds the
user class and a __dict__, so the builtin methods (which check
isinstance(w_self, W_X)) work on it unchanged, while the VM's fast paths,
which test `type(w) is W_X`, step aside and dispatch through the user class.
A builtin __new__ builds a plain W_X and is decorated with `builtin_new`, which
re-homes the value into a W_X_User when the class asked for is a subclass
(interp/objects/usertypes.py makes those classes).
"""
from interp.error import oefmt


def builtin_new(space_attr):
    """Decorate a builtin T.__new__(cls, ...) implementation, which builds a
    plain T, so that it honours subclasses of T (space_attr names T on the
    space, e.g. 'w_int')."""
    def decorator(func):
        def new(space, args):
            w_builtin = getattr(space, space_attr)
            w_type = new_type_arg(space, args, w_builtin)
            w_obj = func(space, args)
            if w_type is w_builtin:
                return w_obj
            from interp.objects.usertypes import make_user_instance
            return make_user_instance(space, w_type, w_obj)
        new.__name__ = func.__name__ + '_sub'
        return new
    return decorator


def new_type_arg(space, args, w_builtin):
    """The class argument of a builtin __new__ (cls in T.__new__(cls, ...)),
    checked to be w_builtin or a subclass of it."""
    from interp.objects.typeobject import W_Type
    w_type = args.arg(0)
    if not isinstance(w_type, W_Type):
        raise oefmt(space.w_TypeError, "%s.__new__(X): X is not a type object"
                    % w_builtin.name)
    if not w_type.issubtype(w_builtin):
        raise oefmt(space.w_TypeError, "%s.__new__(%s): %s is not a subtype of %s"
                    % (w_builtin.name, w_type.name, w_type.name, w_builtin.name))
    return w_type


def allocate(space, w_type):
    """object.__new__(C) for a class C whose solid base is a builtin type:
    the builtin's own __new__ with no arguments."""
    w_new = w_type.w_solid.lookup('__new__')
    if w_new is None:
        raise oefmt(space.w_TypeError, "cannot create '%s' instances" % w_type.name)
    return space.call_function(space.get(w_new, None, w_type), [w_type])
