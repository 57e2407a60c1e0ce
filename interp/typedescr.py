"""The `type` type: type(x), class creation, calling a class."""
from interp.objects.root import TypeDef
from interp.objects.typeobject import W_Type
from interp.objects.dictobject import W_Dict
from interp.objects.strobject import W_Str
from interp.objects.tupleobject import W_Tuple
from interp.objects.funcobject import W_Function, W_StaticMethod, W_ClassMethod, \
    W_BuiltinFunction
from interp.gateway import Arguments
from interp.error import oefmt

type_typedef = TypeDef('type', W_Type)


def type_new(space, args):
    """type.__new__(meta, x) / type.__new__(meta, name, bases, dict)"""
    n = len(args.args_w)
    w_meta = args.args_w[0]
    if n == 2:
        return space.type(args.args_w[1])
    if n != 4:
        raise oefmt(space.w_TypeError, "type() takes 1 or 3 arguments")
    name = space.text_w(args.args_w[1])
    bases_w = space.fixedview(args.args_w[2])
    w_ns = args.args_w[3]
    if not isinstance(w_ns, W_Dict):
        raise oefmt(space.w_TypeError, "type() argument 3 must be dict")
    assert isinstance(w_meta, W_Type)
    w_winner = calculate_metaclass(space, w_meta, bases_w)
    if w_winner is not w_meta:
        w_new = w_winner.lookup('__new__')
        if w_new is not space.w_type.dict_w.get('__new__', None):
            new_args_w = [w_winner]
            for i in range(1, n):
                new_args_w.append(args.args_w[i])
            return space.call_args(space.get(w_new, None, w_winner),
                                   Arguments(new_args_w, args.kw_names, args.kw_values_w))
        w_meta = w_winner
    return make_class(space, w_meta, name, bases_w, w_ns, args.kw_names, args.kw_values_w)


def calculate_metaclass(space, w_meta, bases_w):
    """The most derived metaclass of w_meta and the bases' types."""
    w_winner = w_meta
    for w_b in bases_w:
        w_bt = space.type(w_b)
        if w_winner.issubtype(w_bt):
            continue
        if w_bt.issubtype(w_winner):
            w_winner = w_bt
            continue
        raise oefmt(space.w_TypeError, "metaclass conflict: the metaclass of a derived "
                    "class must be a (non-strict) subclass of the metaclasses of all its bases")
    return w_winner


def make_class(space, w_meta, name, bases_w, w_ns, kw_names=None, kw_values_w=None):
    bases = []
    for w_b in bases_w:
        if not isinstance(w_b, W_Type):
            raise oefmt(space.w_TypeError, "bases must be types")
        if w_b.typedef is not None and not w_b.typedef.acceptable_as_base:
            raise oefmt(space.w_TypeError, "type '%s' is not an acceptable base type"
                        % w_b.name)
        bases.append(w_b)
    if not bases:
        bases = [space.w_object]
    w_solid = find_solid_base(space, bases)
    dict_w = {}
    for w_k, w_v in w_ns.items_w(space):
        if not isinstance(w_k, W_Str):
            raise oefmt(space.w_TypeError, "class namespace keys must be str")
        key = w_k.utf8
        if key == '__new__' and isinstance(w_v, W_Function):
            w_v = W_StaticMethod(w_v)
        elif (key == '__init_subclass__' or key == '__class_getitem__') and \
                isinstance(w_v, W_Function):
            w_v = W_ClassMethod(w_v)
        dict_w[key] = w_v
    if '__eq__' in dict_w and '__hash__' not in dict_w:
        # defining __eq__ without __hash__ makes instances unhashable
        dict_w['__hash__'] = space.w_None
    w_type = W_Type(name, bases, dict_w, typedef=None, w_solid=w_solid)
    if w_meta is not space.w_type:
        w_type.w_class = w_meta
    w_type.compute_mro(space)
    for w_b in bases:
        w_b.add_subclass(w_type)
    # __set_name__ on descriptors, then __init_subclass__ of the parent
    for key, w_v in dict_w.items():
        w_sn = space.lookup(w_v, '__set_name__')
        if w_sn is not None:
            space.call_function(w_sn, [w_v, w_type, space.newtext(key)])
    # super(w_type, w_type).__init_subclass__(**kwargs): search the mro after w_type
    mro = w_type.mro_w
    for i in range(1, len(mro)):
        w_isc = mro[i].dict_w.get('__init_subclass__', None)
        if w_isc is not None:
            space.call_args(space.get(w_isc, None, w_type),
                            Arguments([], kw_names, kw_values_w))
            break
    return w_type


def find_solid_base(space, bases):
    w_solid = None
    for w_b in bases:
        w_s = w_b.w_solid
        if w_s is space.w_object:
            continue
        if w_solid is None or w_s.issubtype(w_solid):
            w_solid = w_s
        elif not w_solid.issubtype(w_s):
            raise oefmt(space.w_TypeError, "multiple bases have instance lay-out conflict")
    if w_solid is None:
        return space.w_object
    return w_solid


def type_call(space, w_type, args):
    """Calling a class: __new__, then __init__ when __new__ gave an instance."""
    if w_type is space.w_type and len(args.args_w) == 1 and not args.has_kw():
        return space.type(args.args_w[0])
    w_meta = w_type.getclass(space)
    if w_meta is not space.w_type:
        w_call = w_meta.lookup('__call__')
        if w_call is not None and w_call is not space.w_type.lookup('__call__'):
            return space.call_args(w_call, args.prepend(w_type))
    return type_call_default(space, w_type, args)


def type_call_default(space, w_type, args):
    w_new = w_type.lookup('__new__')
    if w_new is None:
        raise oefmt(space.w_TypeError, "cannot create '%s' instances" % w_type.name)
    w_new = space.get(w_new, None, w_type)
    w_obj = space.call_args(w_new, args.prepend(w_type))
    w_objtype = space.type(w_obj)
    if not w_objtype.issubtype(w_type):
        return w_obj
    w_init = w_objtype.lookup('__init__')
    if w_init is not None and not (isinstance(w_init, W_BuiltinFunction) and
                                   w_init is space.w_object.lookup('__init__')):
        w_res = space.call_args(w_init, args.prepend(w_obj))
        if not space.is_none(w_res):
            raise oefmt(space.w_TypeError, "__init__() should return None")
    elif w_type.is_heaptype and (len(args.args_w) > 0 or args.has_kw()):
        if w_type.lookup('__new__') is space.w_object.lookup('__new__'):
            raise oefmt(space.w_TypeError, "function takes 0 positional arguments but %d "
                        "were given" % len(args.args_w))
    return w_obj


def type_dunder_call(space, args):
    w_type = args.args_w[0]
    if not isinstance(w_type, W_Type):
        raise oefmt(space.w_TypeError, "descriptor '__call__' requires a type")
    return type_call_default(space, w_type, Arguments(args.args_w[1:], args.kw_names,
                                                      args.kw_values_w))


type_typedef.add('__new__', type_new)
type_typedef.add('__call__', type_dunder_call)


def type_init(space, args):
    return space.w_None


type_typedef.add('__init__', type_init)


@type_typedef.method('__repr__', 0)
def type_repr(space, w_self):
    mod = w_self.get_module_name(space)
    if w_self.is_heaptype and mod is not None and mod != 'builtins':
        return space.newtext("<class '%s.%s'>" % (mod, w_self.name))
    return space.newtext("<class '%s'>" % w_self.name)


@type_typedef.method('mro', 0)
def type_mro(space, w_self):
    return space.newlist(_as_root_list(w_self.mro_w))


@type_typedef.method('__subclasses__', 0)
def type_subclasses(space, w_self):
    return space.newlist(_as_root_list(w_self.subclasses_w))


def _type_self(space, args):
    w_self = args.args_w[0]
    if not isinstance(w_self, W_Type):
        raise oefmt(space.w_TypeError, "descriptor requires a 'type' object")
    return w_self


def _type_name(space, args):
    return space.newtext(_type_self(space, args).name)


def _type_qualname(space, args):
    w_self = _type_self(space, args)
    w_q = w_self.dict_w.get('__qualname__', None)
    if w_q is not None:
        return w_q
    return space.newtext(w_self.name)


def _type_bases(space, args):
    return space.newtuple(_as_root_list(_type_self(space, args).bases_w))


def _type_base(space, args):
    w_self = _type_self(space, args)
    if not w_self.bases_w:
        return space.w_None
    return w_self.bases_w[0]


def _type_mro_attr(space, args):
    return space.newtuple(_as_root_list(_type_self(space, args).mro_w))


def _type_dict(space, args):
    return _type_self(space, args).get_dict_w(space)


def _type_module(space, args):
    w_self = _type_self(space, args)
    w_m = w_self.dict_w.get('__module__', None)
    if w_m is None:
        return space.newtext('builtins')
    return w_m


def _type_doc(space, args):
    w_self = _type_self(space, args)
    w_d = w_self.dict_w.get('__doc__', None)
    return w_d if w_d is not None else space.w_None


type_typedef.add_getset('__name__', _type_name)
type_typedef.add_getset('__qualname__', _type_qualname)
type_typedef.add_getset('__bases__', _type_bases)
type_typedef.add_getset('__base__', _type_base)
type_typedef.add_getset('__mro__', _type_mro_attr)
type_typedef.add_getset('__dict__', _type_dict)
type_typedef.add_getset('__module__', _type_module)
type_typedef.add_getset('__doc__', _type_doc)


def _as_root_list(types_w):
    """Copy a list of W_Type into a fresh list of W_Root (list() would share
    the annotator's list definition and widen the original)."""
    result_w = []
    for w_t in types_w:
        result_w.append(w_t)
    return result_w
