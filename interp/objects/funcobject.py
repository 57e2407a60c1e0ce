"""Functions, builtin functions, bound methods, cells and the descriptor types."""
from rpython.rlib import jit
from interp.objects.root import W_Root, TypeDef
from interp.error import oefmt


class W_Cell(W_Root):
    _attrs_ = ['w_value']

    def __init__(self, w_value=None):
        self.w_value = w_value

    def getclass(self, space):
        return space.w_cell


class W_Function(W_Root):
    _immutable_fields_ = ['code', 'w_globals', 'defaults_w', 'closure', 'w_kwdefaults']

    def __init__(self, code, w_globals, defaults_w, w_kwdefaults, closure, name, qualname):
        self.code = code
        self.w_globals = w_globals
        self.defaults_w = defaults_w
        self.w_kwdefaults = w_kwdefaults    # a W_Dict or None
        self.closure = closure              # list of W_Cell or None
        self.name = name
        self.qualname = qualname
        self.w_dict = None
        self.w_module = None

    def getclass(self, space):
        if self.code.is_generator():
            return space.w_function     # MicroPython shows generator functions as `generator`
        return space.w_function

    def getdictvalue(self, space, name):
        if self.w_dict is None:
            return None
        return self.w_dict.getitem_str(name)

    def setdictvalue(self, space, name, w_value):
        if self.w_dict is None:
            from interp.objects.dictobject import W_Dict
            self.w_dict = W_Dict()
        self.w_dict.setitem_str(name, w_value)
        return True

    def get_dict_w(self, space):
        if self.w_dict is None:
            from interp.objects.dictobject import W_Dict
            self.w_dict = W_Dict()
        return self.w_dict


class W_BuiltinFunction(W_Root):
    _immutable_fields_ = ['name', 'func']

    def __init__(self, name, func):
        self.name = name
        self.func = func            # func(space, args) -> W_Root

    def getclass(self, space):
        return space.w_builtin_function

    def call_args(self, space, args):
        return self.func(space, args)


class W_Method(W_Root):
    _immutable_fields_ = ['w_func', 'w_self']

    def __init__(self, w_func, w_self):
        self.w_func = w_func
        self.w_self = w_self

    def getclass(self, space):
        return space.w_bound_method


class W_StaticMethod(W_Root):
    _attrs_ = ['w_func']

    def __init__(self, w_func):
        self.w_func = w_func

    def getclass(self, space):
        return space.w_staticmethod


class W_ClassMethod(W_Root):
    _attrs_ = ['w_func']

    def __init__(self, w_func):
        self.w_func = w_func

    def getclass(self, space):
        return space.w_classmethod


class W_Property(W_Root):
    _attrs_ = ['w_fget', 'w_fset', 'w_fdel', 'w_doc']

    def __init__(self, w_fget, w_fset, w_fdel, w_doc):
        self.w_fget = w_fget
        self.w_fset = w_fset
        self.w_fdel = w_fdel
        self.w_doc = w_doc

    def getclass(self, space):
        return space.w_property


class W_GetSet(W_Root):
    """A read-only attribute of a builtin type, computed by an interp function."""
    _immutable_fields_ = ['name', 'getter']

    def __init__(self, name, getter):
        self.name = name
        self.getter = getter

    def getclass(self, space):
        return space.w_getset


function_typedef = TypeDef('function', W_Function, acceptable_as_base=False)
builtin_function_typedef = TypeDef('builtin_function_or_method', W_BuiltinFunction,
                                   acceptable_as_base=False)
bound_method_typedef = TypeDef('bound_method', W_Method, acceptable_as_base=False)
staticmethod_typedef = TypeDef('staticmethod', W_StaticMethod)
classmethod_typedef = TypeDef('classmethod', W_ClassMethod)
property_typedef = TypeDef('property', W_Property)
getset_typedef = TypeDef('getset_descriptor', W_GetSet, acceptable_as_base=False)
cell_typedef = TypeDef('cell', W_Cell, acceptable_as_base=False)


@function_typedef.method('__repr__', 0)
def function_repr(space, w_self):
    return space.newtext('<function %s at 0x%x>' % (w_self.name, space.id_w(w_self)))


@function_typedef.method('__get__', 1, 2)
def function_get(space, w_self, w_obj, w_type):
    if w_obj is None or space.is_none(w_obj):
        return w_self
    return W_Method(w_self, w_obj)


def _function_name(space, args):
    w_self = args.args_w[0]
    if isinstance(w_self, W_Function):
        return space.newtext(w_self.name)
    if isinstance(w_self, W_BuiltinFunction):
        return space.newtext(w_self.name)
    raise oefmt(space.w_TypeError, "expected a function")


def _function_qualname(space, args):
    w_self = args.args_w[0]
    assert isinstance(w_self, W_Function)
    return space.newtext(w_self.qualname)


def _function_globals(space, args):
    w_self = args.args_w[0]
    assert isinstance(w_self, W_Function)
    return w_self.w_globals


def _function_module(space, args):
    w_self = args.args_w[0]
    assert isinstance(w_self, W_Function)
    w_name = w_self.w_globals.getitem_str('__name__')
    return w_name if w_name is not None else space.w_None


def _function_dict(space, args):
    w_self = args.args_w[0]
    assert isinstance(w_self, W_Function)
    return w_self.get_dict_w(space)


function_typedef.add_getset('__name__', _function_name)
function_typedef.add_getset('__qualname__', _function_qualname)
function_typedef.add_getset('__globals__', _function_globals)
function_typedef.add_getset('__module__', _function_module)
function_typedef.add_getset('__dict__', _function_dict)
builtin_function_typedef.add_getset('__name__', _function_name)


@builtin_function_typedef.method('__repr__', 0)
def builtin_repr(space, w_self):
    return space.newtext('<built-in function %s>' % w_self.name)


@bound_method_typedef.method('__repr__', 0)
def method_repr(space, w_self):
    return space.newtext('<bound_method>')


@bound_method_typedef.method('__eq__', 1)
def method_eq(space, w_self, w_other):
    if not isinstance(w_other, W_Method):
        return space.w_NotImplemented
    return space.newbool(w_self.w_self is w_other.w_self and
                         w_self.w_func is w_other.w_func)


@bound_method_typedef.method('__hash__', 0)
def method_hash(space, w_self):
    return space.newint((space.id_w(w_self.w_self) >> 4) ^ (space.id_w(w_self.w_func) >> 4))


def _method_self(space, args):
    w_self = args.args_w[0]
    assert isinstance(w_self, W_Method)
    return w_self.w_self


def _method_func(space, args):
    w_self = args.args_w[0]
    assert isinstance(w_self, W_Method)
    return w_self.w_func


def _method_name(space, args):
    w_self = args.args_w[0]
    assert isinstance(w_self, W_Method)
    return space.getattr(w_self.w_func, '__name__')


bound_method_typedef.add_getset('__self__', _method_self)
bound_method_typedef.add_getset('__func__', _method_func)
bound_method_typedef.add_getset('__name__', _method_name)


def staticmethod_new(space, args):
    if len(args.args_w) != 2:
        raise oefmt(space.w_TypeError, "staticmethod expected 1 argument")
    return W_StaticMethod(args.args_w[1])


def classmethod_new(space, args):
    if len(args.args_w) != 2:
        raise oefmt(space.w_TypeError, "classmethod expected 1 argument")
    return W_ClassMethod(args.args_w[1])


staticmethod_typedef.add('__new__', staticmethod_new)
classmethod_typedef.add('__new__', classmethod_new)


@staticmethod_typedef.method('__get__', 1, 2)
def staticmethod_get(space, w_self, w_obj, w_type):
    return w_self.w_func


@classmethod_typedef.method('__get__', 1, 2)
def classmethod_get(space, w_self, w_obj, w_type):
    if w_type is None or space.is_none(w_type):
        w_type = space.type(w_obj)
    return W_Method(w_self.w_func, w_type)


def _sm_func(space, args):
    w_self = args.args_w[0]
    if isinstance(w_self, W_StaticMethod):
        return w_self.w_func
    if isinstance(w_self, W_ClassMethod):
        return w_self.w_func
    raise oefmt(space.w_TypeError, "expected a staticmethod or classmethod")


staticmethod_typedef.add_getset('__func__', _sm_func)
classmethod_typedef.add_getset('__func__', _sm_func)


def property_new(space, args):
    w_fget = args.arg(1) or args.kw('fget') or space.w_None
    w_fset = args.arg(2) or args.kw('fset') or space.w_None
    w_fdel = args.arg(3) or args.kw('fdel') or space.w_None
    w_doc = args.arg(4) or args.kw('doc') or space.w_None
    return W_Property(w_fget, w_fset, w_fdel, w_doc)


property_typedef.add('__new__', property_new)


@property_typedef.method('__get__', 1, 2)
def property_get(space, w_self, w_obj, w_type):
    if w_obj is None or space.is_none(w_obj):
        return w_self
    if space.is_none(w_self.w_fget):
        raise oefmt(space.w_AttributeError, "unreadable attribute")
    return space.call_function(w_self.w_fget, [w_obj])


@property_typedef.method('__set__', 2)
def property_set(space, w_self, w_obj, w_value):
    if space.is_none(w_self.w_fset):
        raise oefmt(space.w_AttributeError, "can't set attribute")
    space.call_function(w_self.w_fset, [w_obj, w_value])
    return space.w_None


@property_typedef.method('__delete__', 1)
def property_delete(space, w_self, w_obj):
    if space.is_none(w_self.w_fdel):
        raise oefmt(space.w_AttributeError, "can't delete attribute")
    space.call_function(w_self.w_fdel, [w_obj])
    return space.w_None


@property_typedef.method('getter', 1)
def property_getter(space, w_self, w_f):
    return W_Property(w_f, w_self.w_fset, w_self.w_fdel, w_self.w_doc)


@property_typedef.method('setter', 1)
def property_setter(space, w_self, w_f):
    return W_Property(w_self.w_fget, w_f, w_self.w_fdel, w_self.w_doc)


@property_typedef.method('deleter', 1)
def property_deleter(space, w_self, w_f):
    return W_Property(w_self.w_fget, w_self.w_fset, w_f, w_self.w_doc)


def _property_fget(space, args):
    w_self = args.args_w[0]
    assert isinstance(w_self, W_Property)
    return w_self.w_fget


def _property_fset(space, args):
    w_self = args.args_w[0]
    assert isinstance(w_self, W_Property)
    return w_self.w_fset


def _property_fdel(space, args):
    w_self = args.args_w[0]
    assert isinstance(w_self, W_Property)
    return w_self.w_fdel


property_typedef.add_getset('fget', _property_fget)
property_typedef.add_getset('fset', _property_fset)
property_typedef.add_getset('fdel', _property_fdel)
