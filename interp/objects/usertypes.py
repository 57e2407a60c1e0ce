"""W_X_User: the storage classes of instances of user subclasses of builtin
types (see interp/subclass.py).  Each adds the user class and its attributes
(maps, interp/objects/mapdict.py)."""
from rpython.rlib.objectmodel import instantiate, import_from_mixin
from rpython.rlib.unroll import unrolling_iterable
from interp.error import oefmt
from interp.objects.intobject import W_Int, W_Long
from interp.objects.floatobject import W_Float
from interp.objects.strobject import W_Str
from interp.objects.bytesobject import W_Bytes
from interp.objects.bytearrayobject import W_ByteArray
from interp.objects.tupleobject import W_Tuple
from interp.objects.listobject import W_List
from interp.objects.dictobject import W_Dict
from interp.objects.setobject import W_Set, W_FrozenSet
from interp.objects.complexobject import W_Complex
from interp.modules.io_mod import W_MemIO
from interp.objects.dequeobject import W_Deque
from interp.objects.mapdict import MapdictMixin


def _all_attrs(cls):
    names = []
    for c in cls.__mro__:
        for name in c.__dict__.get('_attrs_', ()):
            if name not in names:
                names.append(name)
    return names


def _make_user_class(cls):
    class W_User(cls):
        _attrs_ = ['w_usertype', 'map', 'storage_w', 'w_dict']
        import_from_mixin(MapdictMixin)     # attributes in maps, as W_Instance

        def getclass(self, space):
            return self.w_usertype

    W_User.__name__ = cls.__name__ + '_User'
    attrs = unrolling_iterable(_all_attrs(cls))

    def make(w_plain, w_type):
        # a copy of the plain value's fields, in the user class
        w_new = instantiate(W_User)
        for name in attrs:
            setattr(w_new, name, getattr(w_plain, name))
        w_new.w_usertype = w_type
        w_new._init_map(w_type)
        return w_new
    make.__name__ = 'make_' + W_User.__name__
    return W_User, make


USER_CLASSES = {}
_makers = []
for _cls in [W_Int, W_Long, W_Float, W_Str, W_Bytes, W_ByteArray, W_Tuple,
             W_List, W_Dict, W_Set, W_FrozenSet, W_Complex, W_MemIO, W_Deque]:
    USER_CLASSES[_cls], _make = _make_user_class(_cls)
    _makers.append((_cls, _make))
_makers = unrolling_iterable(_makers)


def make_user_instance(space, w_type, w_plain):
    """w_plain (a fresh builtin value) re-homed as an instance of w_type, a
    user subclass of its type."""
    for cls, make in _makers:
        if isinstance(w_plain, cls):
            return make(w_plain, w_type)
    raise oefmt(space.w_TypeError, "cannot create '%s' instances"
                % space.type_name(w_plain))
