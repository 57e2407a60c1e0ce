"""`object`, and instances of classes defined by `class` statements."""
from interp.objects.root import W_Root, TypeDef
from interp.error import oefmt
from interp.objects.mapdict import MapdictMixin
from rpython.rlib.objectmodel import import_from_mixin


class W_ObjectBase(W_Root):
    """Plain `object()` instances."""
    _attrs_ = []

    def getclass(self, space):
        return space.w_object


class W_Instance(W_ObjectBase):
    """An instance of a user class whose solid base is `object`.  Its
    attributes live in maps (interp/objects/mapdict.py)."""
    _attrs_ = ['w_class', 'map', 'storage_w', 'w_dict']
    import_from_mixin(MapdictMixin)

    def __init__(self, w_class):
        self.w_class = w_class
        self._init_map(w_class)

    def getclass(self, space):
        return self.w_class


object_typedef = TypeDef('object', W_Root)


def object_new(space, args):
    if len(args.args_w) < 1:
        raise oefmt(space.w_TypeError, "object.__new__(): not enough arguments")
    w_type = args.args_w[0]
    from interp.objects.typeobject import W_Type
    if not isinstance(w_type, W_Type):
        raise oefmt(space.w_TypeError, "object.__new__(X): X is not a type object")
    if len(args.args_w) > 1 or args.has_kw():
        if w_type is space.w_object:
            raise oefmt(space.w_TypeError, "object() takes no arguments")
        # as CPython: excess arguments are an error when __new__ is overridden
        # (they were meant for it) or __init__ is not (nobody takes them)
        if w_type.lookup('__new__') is not space.w_object.lookup('__new__'):
            raise oefmt(space.w_TypeError, "object.__new__() takes exactly one argument "
                        "(the type to instantiate)")
        if w_type.lookup('__init__') is space.w_object.lookup('__init__'):
            raise oefmt(space.w_TypeError, "function takes 0 positional arguments but %d "
                        "were given" % (len(args.args_w) - 1))
    return space.allocate_instance(w_type)


object_typedef.add('__new__', object_new)


def object_init(space, args):
    if len(args.args_w) > 1 or args.has_kw():
        w_type = space.type(args.args_w[0])
        # as CPython: excess arguments are an error when __init__ is overridden
        # (they were meant for it) or __new__ is not (nobody takes them)
        if w_type.lookup('__init__') is not space.w_object.lookup('__init__') or \
                w_type.lookup('__new__') is space.w_object.lookup('__new__'):
            raise oefmt(space.w_TypeError, "object.__init__() takes exactly one argument "
                        "(the instance to initialize)")
    return space.w_None


object_typedef.add('__init__', object_init)


def object_init_subclass(space, args):
    if len(args.args_w) > 1 or args.has_kw():
        raise oefmt(space.w_TypeError,
                    "__init_subclass__() takes no keyword arguments")
    return space.w_None


object_typedef.add_classmethod('__init_subclass__', object_init_subclass)


@object_typedef.method('__repr__', 0)
def object_repr(space, w_self):
    w_type = space.type(w_self)
    from interp.objects.typeobject import W_Type
    assert isinstance(w_type, W_Type)
    return space.newtext('<%s object at %s>' % (w_type.name, space.hex_id(w_self)))


@object_typedef.method('__str__', 0)
def object_str(space, w_self):
    return space.repr(w_self)


@object_typedef.method('__eq__', 1)
def object_eq(space, w_self, w_other):
    if w_self is w_other:
        return space.w_True
    return space.w_NotImplemented


@object_typedef.method('__ne__', 1)
def object_ne(space, w_self, w_other):
    w_eq = space.lookup(w_self, '__eq__')
    if w_eq is not None:
        w_res = space.call_function(w_eq, [w_self, w_other])
        if w_res is space.w_NotImplemented:
            return w_res
        return space.newbool(not space.is_true(w_res))
    return space.newbool(w_self is not w_other)


@object_typedef.method('__hash__', 0)
def object_hash(space, w_self):
    return space.newint(space.id_w(w_self) >> 4)


@object_typedef.method('__format__', 1)
def object_format(space, w_self, w_spec):
    if space.len_w(w_spec) > 0:
        raise oefmt(space.w_TypeError, "unsupported format string passed to %s.__format__"
                    % space.type_name(w_self))
    return space.str(w_self)


@object_typedef.method('__setattr__', 2)
def object_setattr(space, w_self, w_name, w_value):
    space.generic_setattr(w_self, space.text_w(w_name), w_value)
    return space.w_None


@object_typedef.method('__delattr__', 1)
def object_delattr(space, w_self, w_name):
    space.generic_delattr(w_self, space.text_w(w_name))
    return space.w_None


@object_typedef.method('__getattribute__', 1)
def object_getattribute(space, w_self, w_name):
    w_res = space.generic_getattr(w_self, space.text_w(w_name))
    if w_res is None:
        raise space.attribute_error(w_self, space.text_w(w_name))
    return w_res


def _object_class(space, args):
    return space.type(args.args_w[0])


def _object_dict(space, args):
    w_d = args.args_w[0].get_dict_w(space)
    if w_d is None:
        raise oefmt(space.w_AttributeError, "'%s' object has no attribute '__dict__'"
                    % space.type_name(args.args_w[0]))
    return w_d


object_typedef.add_getset('__class__', _object_class)
object_typedef.add_getset('__dict__', _object_dict)
