"""The object space: every operation the VM and the builtins perform on
application-level values goes through here.  One prebuilt instance, `space`."""
from rpython.rlib import jit, rthread
from rpython.rlib.objectmodel import compute_identity_hash, compute_hash, specialize, we_are_translated
from rpython.rlib.rarithmetic import intmask, r_uint
from rpython.rlib.rbigint import rbigint

from interp.error import OperationError, oefmt
from interp.gateway import Arguments
from interp import ops
from interp.objects.root import W_Root
from interp.objects.typeobject import W_Type
from interp.objects.noneobject import (W_None, W_NotImplemented, W_Ellipsis, none_typedef,
                                       notimpl_typedef, ellipsis_typedef)
from interp.objects.intobject import (W_AbstractInt, W_Int, W_Bool, W_Long, int_typedef,
                                      bool_typedef, newlong, int_binop, int_compare,
                                      int_hash, long_hash)
from interp.objects import intobject
from interp.objects.floatobject import W_Float, float_typedef, float_binop, float_hash, \
    float_compare, float_pow
from interp.objects import floatobject
from interp.objects.strobject import W_Str, str_typedef
from interp.objects.bytesobject import W_Bytes, bytes_typedef
from interp.objects.bytearrayobject import W_ByteArray
from interp.objects.tupleobject import W_Tuple, tuple_typedef, tuple_hash_w, seq_compare
from interp.objects.listobject import W_List, list_typedef
from interp.objects.dictobject import W_Dict, dict_typedef
from interp.objects.setobject import W_Set, W_FrozenSet, W_BaseSet, frozenset_hash_w, set_typedef, \
    frozenset_typedef
from interp.objects.rangeobject import W_Range, range_typedef
from interp.objects.sliceobject import W_Slice, slice_typedef
from interp.objects.funcobject import (W_Function, W_BuiltinFunction, W_Method,
                                       W_StaticMethod, W_ClassMethod, W_Property, W_GetSet,
                                       W_Cell, function_typedef, builtin_function_typedef,
                                       bound_method_typedef, staticmethod_typedef,
                                       classmethod_typedef, property_typedef,
                                       getset_typedef, cell_typedef)
from interp.objects.instanceobject import W_ObjectBase, W_Instance, object_typedef
from interp.objects.exceptionobject import (W_BaseException, exception_typedef,
                                            EXCEPTION_HIERARCHY)
from interp.objects.moduleobject import W_Module, module_typedef
from interp.objects import iterobject
from interp.objects.iterobject import W_Iterator, W_SeqIterator, W_ListIterator
from interp.objects.superobject import W_Super, super_typedef
from interp.objects.exceptionobject import W_BaseException


unpack_driver = jit.JitDriver(name='unpack_iterable', greens=['w_type'], reds='auto')


def is_plain_int(w_obj):
    """An int or bool of the builtin types themselves (not a user subclass,
    whose methods may be overridden): the VM's fast paths take these."""
    t = type(w_obj)
    return t is W_Int or t is W_Bool


def is_plain_number(w_obj):
    t = type(w_obj)
    return t is W_Int or t is W_Bool or t is W_Long or t is W_Float


class ObjSpace(object):
    _immutable_fields_ = ['actionflag']

    def __init__(self):
        self.w_None = W_None()
        self.w_NotImplemented = W_NotImplemented()
        self.w_Ellipsis = W_Ellipsis()
        self.w_True = W_Bool(1)
        self.w_False = W_Bool(0)
        self.w_empty_tuple = W_Tuple([])    # () is a singleton, as in MicroPython
        self.small_ints = [W_Int(i) for i in range(-5, 257)]
        self.builtin_types = {}
        self.repr_stack = []            # objects whose repr is in progress
        self.recursion_depth = 0
        self.recursion_limit = 1000
        self.w_atexit = None            # sys.atexit's function
        self.optimize = 0
        self.w_object = self._maketype(object_typedef, None)
        self.w_type = W_Type('type', [self.w_object], {}, typedef=None)
        self.w_type.is_heaptype = False
        self.w_type.w_solid = self.w_type
        self.w_type.compute_mro(self)
        self.builtin_types['type'] = self.w_type
        self.w_int = self._maketype(int_typedef)
        self.w_bool = self._maketype(bool_typedef, self.w_int)
        self.w_float = self._maketype(float_typedef)
        from interp.objects.complexobject import complex_typedef
        self.w_complex = self._maketype(complex_typedef)
        self.w_str = self._maketype(str_typedef)
        self.w_bytes = self._maketype(bytes_typedef)
        from interp.objects.bytearrayobject import bytearray_typedef
        self.w_bytearray = self._maketype(bytearray_typedef)
        from interp.objects.memoryviewobject import memoryview_typedef
        self.w_memoryview = self._maketype(memoryview_typedef)
        self.w_tuple = self._maketype(tuple_typedef)
        from interp.objects.attrtupleobject import attrtuple_typedef
        self.w_attrtuple = self._maketype(attrtuple_typedef, self.w_tuple)
        self.w_list = self._maketype(list_typedef)
        self.w_dict = self._maketype(dict_typedef)
        self.w_set = self._maketype(set_typedef)
        self.w_frozenset = self._maketype(frozenset_typedef)
        for w_t in [self.w_list, self.w_dict, self.w_set, self.w_bytearray]:
            w_t.dict_w['__hash__'] = self.w_None    # mutable: unhashable
        self.w_range = self._maketype(range_typedef)
        self.w_slice = self._maketype(slice_typedef)
        self.w_slice.dict_w['__hash__'] = self.w_None     # slices are unhashable
        self.w_NoneType = self._maketype(none_typedef)
        self.w_NotImplementedType = self._maketype(notimpl_typedef)
        self.w_ellipsis = self._maketype(ellipsis_typedef)
        self.w_function = self._maketype(function_typedef)
        self.w_builtin_function = self._maketype(builtin_function_typedef)
        self.w_bound_method = self._maketype(bound_method_typedef)
        self.w_staticmethod = self._maketype(staticmethod_typedef)
        self.w_classmethod = self._maketype(classmethod_typedef)
        self.w_property = self._maketype(property_typedef)
        self.w_getset = self._maketype(getset_typedef)
        self.w_cell = self._maketype(cell_typedef)
        self.w_module = self._maketype(module_typedef)
        self.w_iterator = self._maketype(iterobject.iterator_typedef)
        self.w_enumerate = self._maketype(iterobject.enumerate_typedef, self.w_iterator)
        self.w_zip = self._maketype(iterobject.zip_typedef, self.w_iterator)
        self.w_map = self._maketype(iterobject.map_typedef, self.w_iterator)
        self.w_filter = self._maketype(iterobject.filter_typedef, self.w_iterator)
        self.w_reversed = self._maketype(iterobject.reversed_typedef, self.w_iterator)
        self.w_dict_keys = self._maketype(iterobject.dict_keys_typedef)
        self.w_dict_values = self._maketype(iterobject.dict_values_typedef)
        self.w_dict_items = self._maketype(iterobject.dict_items_typedef)
        self._maketype(super_typedef)
        self._init_type_type()
        self.w_BaseException = self._maketype(exception_typedef)
        self.exception_types = {'BaseException': self.w_BaseException}
        for name, basename in EXCEPTION_HIERARCHY:
            w_base = self.exception_types[basename]
            w_exc = W_Type(name, [w_base], {}, typedef=None, w_solid=self.w_BaseException)
            w_exc.is_heaptype = False
            w_exc.compute_mro(self)
            self.exception_types[name] = w_exc
            self.builtin_types[name] = w_exc
        self._init_exception_attrs()
        for name, w_exc in self.exception_types.items():
            setattr(self, 'w_' + name, w_exc)
        from interp.generator import generator_typedef
        from interp.code import code_typedef
        from interp.objects import fileobject
        self.w_generator = self._maketype(generator_typedef)
        from interp import generator as genmod
        self.w_async_generator = self._maketype(genmod.async_generator_typedef)
        self.w_async_generator_asend = self._maketype(genmod.asend_typedef)
        self.w_async_generator_athrow = self._maketype(genmod.athrow_typedef)
        self.w_code = self._maketype(code_typedef)
        self.w_TextIOWrapper = self._maketype(fileobject.textio_typedef)
        self.w_FileIO = self._maketype(fileobject.fileio_typedef)
        self.stdin = fileobject.W_File(0, False, readable=True, writable=False, is_std=True)
        self.stdout = fileobject.W_File(1, False, readable=False, writable=True, is_std=True)
        self.stderr = fileobject.W_File(2, False, readable=False, writable=True, is_std=True)
        from interp.actions import ActionFlag
        self.actionflag = ActionFlag()
        self.w_dupterm = None           # os.dupterm's stream
        from interp.console.console import Console
        self.console = Console()        # where the REPL and sys.std* talk
        self.board_root = ''            # --board DIR: the host folder that is '/'
        self.board_reset_requested = False  # machine.reset() / the watchdog
        from interp.vfs import VfsState
        self.vfs = VfsState()           # os.mount's table
        self.w_modules = W_Dict()       # sys.modules
        self.builtin_modules = {}       # name -> W_Module, made at start-up
        from interp.modules import registry
        registry.setup(self)
        from interp import frozen
        self.frozen_codes = frozen.compile_all(self)

    # ____________________________________________________________
    # types

    def _maketype(self, typedef, w_base=None):
        from interp.gateway import Arguments
        if w_base is None:
            w_base = getattr(self, 'w_object', None)
        bases = [w_base] if w_base is not None else []
        w_type = W_Type(typedef.name, bases, {}, typedef=typedef)
        self._fill_typedict(w_type, typedef)
        w_type.compute_mro(self)
        self.builtin_types[typedef.name] = w_type
        return w_type

    def _fill_typedict(self, w_type, typedef):
        for name, func in typedef.methods:
            w_f = W_BuiltinFunction(name, func)
            if name == '__new__':
                w_f = W_StaticMethod(w_f)
            w_type.dict_w[name] = w_f
        for name, func in typedef.classmethods:
            w_type.dict_w[name] = W_ClassMethod(W_BuiltinFunction(name, func))
        for name, func in typedef.staticmethods:
            w_type.dict_w[name] = W_StaticMethod(W_BuiltinFunction(name, func))
        for name, func in typedef.getsets:
            w_type.dict_w[name] = W_GetSet(name, func)

    def _init_type_type(self):
        from interp import typedescr
        self._fill_typedict(self.w_type, typedescr.type_typedef)
        self.w_type.typedef = typedescr.type_typedef
        self.w_type.mutated()

    def _init_exception_attrs(self):
        from interp.objects import exceptionobject as eo
        self.exception_types['StopIteration'].dict_w['value'] = W_GetSet(
            'value', eo._exc_first_arg)
        self.exception_types['SystemExit'].dict_w['code'] = W_GetSet(
            'code', eo._exc_first_arg)
        self.exception_types['OSError'].dict_w['errno'] = W_GetSet('errno', eo._exc_errno)

    def type(self, w_obj):
        return w_obj.getclass(self)

    def type_name(self, w_obj):
        w_type = w_obj.getclass(self)
        return w_type.name

    def lookup(self, w_obj, name):
        """Look name up on the type of w_obj (special method lookup)."""
        return w_obj.getclass(self).lookup(name)

    def isinstance_w(self, w_obj, w_type):
        return w_obj.getclass(self).issubtype(w_type)

    def allocate_instance(self, w_type):
        """A new instance of w_type for object.__new__."""
        w_solid = w_type.w_solid
        if w_solid is self.w_BaseException:
            return W_BaseException(w_type, [])
        if w_solid is self.w_object:
            if w_type is self.w_object:
                return W_ObjectBase()
            return W_Instance(w_type)
        from interp import subclass
        return subclass.allocate(self, w_type)

    # ____________________________________________________________
    # wrapping

    def newint(self, i):
        # in traces a new W_Int is virtual: the table would only add guards
        # (`is` and id() compare exact ints by value, see frame.space_is, id_w)
        if not jit.we_are_jitted() and -5 <= i <= 256:
            return self.small_ints[i + 5]
        return W_Int(i)

    def newbigint(self, big):
        return newlong(self, big)

    def newcomplex(self, real, imag):
        from interp.objects.complexobject import W_Complex
        return W_Complex(real, imag)

    def newbool(self, b):
        if b:
            return self.w_True
        return self.w_False

    def newfloat(self, f):
        return W_Float(f)

    def newtext(self, s):
        return W_Str(s)

    def newtext_len(self, s, length):
        return W_Str(s, length)

    def newbytes(self, s):
        return W_Bytes(s)

    def newtuple(self, items_w):
        if not items_w:
            return self.w_empty_tuple
        return W_Tuple(items_w)

    def newlist(self, items_w):
        return W_List(items_w)

    def newdict(self):
        return W_Dict()

    def newset(self, items_w):
        w_s = W_Set()
        for w_item in items_w:
            w_s.data[w_item] = None
        return w_s

    def newslice(self, w_start, w_stop, w_step):
        return W_Slice(w_start, w_stop, w_step)

    def newbuiltin(self, name, func):
        return W_BuiltinFunction(name, func)

    def is_none(self, w_obj):
        return w_obj is self.w_None

    # ____________________________________________________________
    # unwrapping

    def int_w(self, w_obj):
        if isinstance(w_obj, W_Int):
            return w_obj.intval
        if isinstance(w_obj, W_Long):
            raise oefmt(self.w_OverflowError, "overflow converting long int to machine word")
        w_index = self.lookup(w_obj, '__index__')
        if w_index is not None and not isinstance(w_obj, W_Float):
            return self.int_w(self.call_function(w_index, [w_obj]))
        raise oefmt(self.w_TypeError, "can't convert %s to int" % self.type_name(w_obj))

    def bigint_w(self, w_obj):
        if isinstance(w_obj, W_AbstractInt):
            return w_obj.asbigint()
        return self.int_index(w_obj).asbigint()

    def int_index(self, w_obj):
        """w_obj as an int object via __index__."""
        if isinstance(w_obj, W_AbstractInt):
            return w_obj
        w_index = self.lookup(w_obj, '__index__')
        if w_index is not None:
            w_res = self.call_function(w_index, [w_obj])
            if isinstance(w_res, W_AbstractInt):
                return w_res
        raise oefmt(self.w_TypeError, "'%s' object cannot be interpreted as an integer"
                    % self.type_name(w_obj))

    def is_index(self, w_obj):
        return isinstance(w_obj, W_AbstractInt) or (
            not isinstance(w_obj, W_Float) and self.lookup(w_obj, '__index__') is not None)

    def float_w(self, w_obj):
        if isinstance(w_obj, W_Float):
            return w_obj.floatval
        if isinstance(w_obj, W_AbstractInt):
            return floatobject.as_float(self, w_obj)
        w_f = self.lookup(w_obj, '__float__')
        if w_f is not None:
            return self.float_w(self.call_function(w_f, [w_obj]))
        raise oefmt(self.w_TypeError, "can't convert %s to float" % self.type_name(w_obj))

    def text_w(self, w_obj):
        if isinstance(w_obj, W_Str):
            return w_obj.utf8
        raise oefmt(self.w_TypeError, "can't convert '%s' object to str implicitly"
                    % self.type_name(w_obj))

    def bytes_w(self, w_obj):
        if isinstance(w_obj, W_Bytes):
            return w_obj.value
        from interp.objects import bufferobject
        s = bufferobject.buffer_w(self, w_obj)
        if s is None:
            raise oefmt(self.w_TypeError, "object with buffer protocol required")
        return s

    def text_or_bytes_w(self, w_obj, msg):
        if isinstance(w_obj, W_Str):
            return w_obj.utf8
        if isinstance(w_obj, W_Bytes):
            return w_obj.value
        raise oefmt(self.w_TypeError, msg)

    def getindex_nocheck(self, w_index):
        if isinstance(w_index, W_Int):
            return w_index.intval
        w_i = self.int_index(w_index)
        if isinstance(w_i, W_Int):
            return w_i.intval
        assert isinstance(w_i, W_Long)
        return self.maxsize_clamp(w_i.bigint)

    def maxsize_clamp(self, big):
        if big.sign < 0:
            return -(1 << 62)
        return 1 << 62

    def getindex_w(self, w_index, length, errmsg):
        """A sequence index in range(length), negative indices counted from the end."""
        if isinstance(w_index, W_Int):
            i = w_index.intval
        elif isinstance(w_index, W_Float) or not self.is_index(w_index):
            raise oefmt(self.w_TypeError, "indices must be integers, not %s"
                        % self.type_name(w_index))
        else:
            i = self.getindex_nocheck(w_index)
        if i < 0:
            i += length
        if i < 0 or i >= length:
            raise oefmt(self.w_IndexError, errmsg)
        return i

    # ____________________________________________________________
    # identity, truth, hashing

    def id_w(self, w_obj):
        if type(w_obj) is W_Int and -5 <= w_obj.intval <= 256:
            w_obj = self.small_ints[w_obj.intval + 5]   # newint may not share them
        return compute_identity_hash(w_obj)

    def hex_id(self, w_obj):
        return '0x%x' % intmask(r_uint(self.id_w(w_obj)))

    def is_true(self, w_obj):
        if w_obj is self.w_True:
            return True
        if w_obj is self.w_False or w_obj is self.w_None:
            return False
        # exact builtin types only: a user subclass may define __bool__
        if type(w_obj) is W_Int:
            return w_obj.intval != 0
        if type(w_obj) is W_List:
            return len(w_obj.items_w) != 0
        if type(w_obj) is W_Str:
            return len(w_obj.utf8) != 0
        if type(w_obj) is W_Tuple:
            return len(w_obj.items_w) != 0
        if type(w_obj) is W_Dict:
            return w_obj.length() != 0
        if type(w_obj) is W_Float:
            return w_obj.floatval != 0.0
        w_type = w_obj.getclass(self)
        w_bool = w_type.lookup('__bool__')
        if w_bool is not None:
            w_res = self.call_function(w_bool, [w_obj])
            if not isinstance(w_res, W_Bool):
                raise oefmt(self.w_TypeError, "__bool__ should return bool")
            return w_res is self.w_True
        w_len = w_type.lookup('__len__')
        if w_len is not None:
            n = self.int_w(self.call_function(w_len, [w_obj]))
            if n < 0:
                raise oefmt(self.w_ValueError, "__len__() should return >= 0")
            return n != 0
        return True

    def hash_w(self, w_obj):
        # exact builtin types only: a user subclass may define __hash__
        if type(w_obj) is W_Str:
            return compute_hash(w_obj.utf8)
        if type(w_obj) is W_Int:
            return int_hash(w_obj.intval)
        if isinstance(w_obj, W_Int) and is_plain_int(w_obj):
            return int_hash(w_obj.intval)
        if type(w_obj) is W_Long:
            return long_hash(w_obj.bigint)
        if type(w_obj) is W_Float:
            return float_hash(w_obj.floatval)
        if type(w_obj) is W_Tuple:
            return tuple_hash_w(self, w_obj.items_w)
        if type(w_obj) is W_FrozenSet:
            return frozenset_hash_w(self, w_obj)
        if isinstance(w_obj, W_Type) or isinstance(w_obj, W_Function) or \
                isinstance(w_obj, W_BuiltinFunction) or w_obj is self.w_None:
            return compute_identity_hash(w_obj)
        w_hash = self.lookup(w_obj, '__hash__')
        if w_hash is None or self.is_none(w_hash):
            raise oefmt(self.w_TypeError, "unhashable type: '%s'" % self.type_name(w_obj))
        w_res = self.call_function(w_hash, [w_obj])
        if isinstance(w_res, W_Int):
            return w_res.intval
        if isinstance(w_res, W_Long):
            return w_res.bigint.hash()
        raise oefmt(self.w_TypeError, "__hash__ method should return an integer")

    def hash(self, w_obj):
        return self.newint(self.hash_w(w_obj))

    # ____________________________________________________________
    # str and repr

    def repr(self, w_obj):
        w_repr = self.lookup(w_obj, '__repr__')
        if w_repr is None:
            return self.newtext('<%s>' % self.type_name(w_obj))
        w_res = self.call_function(w_repr, [w_obj])
        if not isinstance(w_res, W_Str):
            raise oefmt(self.w_TypeError, "__repr__ returned non-string")
        return w_res

    def repr_w(self, w_obj):
        if type(w_obj) is W_Str:
            from interp.objects.strobject import str_repr
            return str_repr(w_obj.utf8)
        if type(w_obj) is W_Int:
            return str(w_obj.intval)
        return self.text_w(self.repr(w_obj))

    def str(self, w_obj):
        if type(w_obj) is W_Str:
            return w_obj
        w_str = self.lookup(w_obj, '__str__')
        if w_str is None:
            return self.repr(w_obj)
        w_res = self.call_function(w_str, [w_obj])
        if not isinstance(w_res, W_Str):
            raise oefmt(self.w_TypeError, "__str__ returned non-string")
        return w_res

    def str_w(self, w_obj):
        if type(w_obj) is W_Str:
            return w_obj.utf8
        if type(w_obj) is W_Int:
            return str(w_obj.intval)
        return self.text_w(self.str(w_obj))

    def recursive_repr(self, w_obj, placeholder, func):
        for w_x in self.repr_stack:
            if w_x is w_obj:
                return placeholder
        self.repr_stack.append(w_obj)
        try:
            return func(self, w_obj)
        finally:
            self.repr_stack.pop()

    def format(self, w_obj, w_spec):
        w_format = self.lookup(w_obj, '__format__')
        if w_format is None:
            raise oefmt(self.w_TypeError, "unsupported format")
        w_res = self.call_function(w_format, [w_obj, w_spec])
        if not isinstance(w_res, W_Str):
            raise oefmt(self.w_TypeError, "__format__ must return a str")
        return w_res

    # ____________________________________________________________
    # attributes

    def getattr(self, w_obj, name):
        # an AttributeError raised by __getattr__ propagates as it is
        w_res = self.getattr_or_none(w_obj, name, True)
        if w_res is None:
            raise self.attribute_error(w_obj, name)
        return w_res

    def attribute_error(self, w_obj, name):
        if isinstance(w_obj, W_Type):
            return oefmt(self.w_AttributeError, "type object '%s' has no attribute '%s'"
                         % (w_obj.name, name))
        if isinstance(w_obj, W_Module):
            return oefmt(self.w_AttributeError, "module '%s' has no attribute '%s'"
                         % (w_obj.name, name))
        return oefmt(self.w_AttributeError, "'%s' object has no attribute '%s'"
                     % (self.type_name(w_obj), name))

    def plain_getattribute(self, w_obj, w_type):
        """Does attribute lookup on w_obj follow object.__getattribute__ with
        no class-level twist (so a method found on the type is the answer)?"""
        if isinstance(w_obj, W_Type) or isinstance(w_obj, W_Super):
            return False
        if not w_type.is_heaptype:
            return True
        return w_type.lookup('__getattribute__') is self.w_object.lookup('__getattribute__')

    def getattr_or_none(self, w_obj, name, propagate=False):
        if isinstance(w_obj, W_Super):
            if name == '__class__':
                return w_obj.getclass(self)
            return w_obj.lookup(self, name)
        w_type = w_obj.getclass(self)
        if w_type.is_heaptype:
            w_ga = w_type.lookup('__getattribute__')
            if w_ga is not None and not self._is_object_builtin(w_ga, '__getattribute__'):
                try:
                    return self.call_function(w_ga, [w_obj, self.newtext(name)])
                except OperationError as e:
                    if not e.match(self, self.w_AttributeError):
                        raise
                    return self._getattr_fallback(w_obj, w_type, name, e, propagate)
        if w_type.has_getattr:
            # __getattr__ also runs when a property or descriptor raises AttributeError
            try:
                w_res = self.generic_getattr(w_obj, name)
            except OperationError as e:
                if not e.match(self, self.w_AttributeError):
                    raise
                return self._getattr_fallback(w_obj, w_type, name, e, propagate)
            if w_res is None:
                return self._getattr_fallback(w_obj, w_type, name, None, propagate)
            return w_res
        return self.generic_getattr(w_obj, name)

    def _is_object_builtin(self, w_f, name):
        return w_f is self.w_object.lookup(name)    # elidable: folds in traces

    def _getattr_fallback(self, w_obj, w_type, name, operr, propagate):
        w_getattr = w_type.lookup('__getattr__')
        if w_getattr is None:
            if operr is not None:
                raise operr
            return None
        try:
            return self.call_function(w_getattr, [w_obj, self.newtext(name)])
        except OperationError as e:
            if not propagate and e.match(self, self.w_AttributeError):
                return None
            raise

    def generic_getattr(self, w_obj, name):
        """object.__getattribute__: descriptors, instance dict, class attrs."""
        w_type = w_obj.getclass(self)
        if isinstance(w_obj, W_Type):
            return self.type_getattr(w_obj, name)
        w_descr = w_type.lookup(name)
        if w_descr is not None:
            if isinstance(w_descr, W_GetSet):
                return w_descr.getter(self, Arguments([w_obj]))
            if isinstance(w_descr, W_Property):
                return self.get(w_descr, w_obj, w_type)
            if self._is_data_descr(w_descr) and \
                    w_descr.getclass(self).lookup('__get__') is not None:
                return self.get(w_descr, w_obj, w_type)
        w_value = w_obj.getdictvalue(self, name)
        if w_value is not None:
            return w_value
        if w_descr is not None:
            return self.get(w_descr, w_obj, w_type)
        return None

    def _is_data_descr(self, w_descr):
        if isinstance(w_descr, W_Function) or isinstance(w_descr, W_BuiltinFunction):
            return False
        w_dtype = w_descr.getclass(self)
        if not w_dtype.is_heaptype:
            return False
        return w_dtype.lookup('__set__') is not None or \
            w_dtype.lookup('__delete__') is not None

    def get(self, w_descr, w_obj, w_type):
        """Apply the descriptor protocol: w_descr.__get__(w_obj, w_type)."""
        if isinstance(w_descr, W_Function):
            if w_obj is None:
                return w_descr
            return W_Method(w_descr, w_obj)
        if isinstance(w_descr, W_BuiltinFunction):
            if w_obj is None:
                return w_descr
            return W_Method(w_descr, w_obj)
        if isinstance(w_descr, W_StaticMethod):
            return w_descr.w_func
        if isinstance(w_descr, W_ClassMethod):
            return W_Method(w_descr.w_func, w_type)
        if isinstance(w_descr, W_Property):
            if w_obj is None:
                return w_descr
            if self.is_none(w_descr.w_fget):
                raise oefmt(self.w_AttributeError, "unreadable attribute")
            return self.call_function(w_descr.w_fget, [w_obj])
        if isinstance(w_descr, W_GetSet):
            if w_obj is None:
                return w_descr
            return w_descr.getter(self, Arguments([w_obj]))
        w_dtype = w_descr.getclass(self)
        if w_dtype.is_heaptype:
            w_get = w_dtype.lookup('__get__')
            if w_get is not None:
                return self.call_function(w_get, [w_descr, w_obj or self.w_None, w_type])
        return w_descr

    def type_getattr(self, w_type, name):
        assert isinstance(w_type, W_Type)
        w_meta = w_type.getclass(self)
        w_mdescr = w_meta.lookup(name)
        if w_mdescr is not None and (isinstance(w_mdescr, W_GetSet) or
                                     isinstance(w_mdescr, W_Property) or
                                     self._is_data_descr(w_mdescr)):
            return self.get(w_mdescr, w_type, w_meta)
        w_value = w_type.lookup(name)
        if w_value is not None:
            return self.get(w_value, None, w_type)
        if w_mdescr is not None:
            return self.get(w_mdescr, w_type, w_meta)
        return None

    def setattr(self, w_obj, name, w_value):
        w_type = w_obj.getclass(self)
        if w_type.has_setattr:
            w_sa = w_type.lookup('__setattr__')
            if not self._is_object_builtin(w_sa, '__setattr__'):
                self.call_function(w_sa, [w_obj, self.newtext(name), w_value])
                return
        self.generic_setattr(w_obj, name, w_value)

    def generic_setattr(self, w_obj, name, w_value):
        w_type = w_obj.getclass(self)
        if isinstance(w_obj, W_Type) and not w_obj.is_heaptype:
            raise oefmt(self.w_TypeError, "cannot set '%s' attribute of immutable type '%s'"
                        % (name, w_obj.name))
        # for a class, w_type is its metaclass: its properties and descriptors apply
        w_descr = w_type.lookup(name)
        if w_descr is not None:
            if isinstance(w_descr, W_Property):
                if self.is_none(w_descr.w_fset):
                    raise oefmt(self.w_AttributeError, "can't set attribute")
                self.call_function(w_descr.w_fset, [w_obj, w_value])
                return
            if isinstance(w_descr, W_GetSet) and name != '__dict__' and \
                    not isinstance(w_obj, W_Type):
                raise oefmt(self.w_AttributeError, "attribute '%s' is read-only" % name)
            w_dtype = w_descr.getclass(self)
            if w_dtype.is_heaptype:
                w_set = w_dtype.lookup('__set__')
                if w_set is not None:
                    self.call_function(w_set, [w_descr, w_obj, w_value])
                    return
                if w_dtype.lookup('__delete__') is not None:
                    raise oefmt(self.w_AttributeError, "__set__")
        if not w_obj.setdictvalue(self, name, w_value):
            raise oefmt(self.w_AttributeError, "'%s' object has no attribute '%s'"
                        % (self.type_name(w_obj), name))

    def delattr(self, w_obj, name):
        w_type = w_obj.getclass(self)
        if w_type.is_heaptype:
            w_da = w_type.lookup('__delattr__')
            if w_da is not None and not self._is_object_builtin(w_da, '__delattr__'):
                self.call_function(w_da, [w_obj, self.newtext(name)])
                return
        self.generic_delattr(w_obj, name)

    def generic_delattr(self, w_obj, name):
        w_type = w_obj.getclass(self)
        if isinstance(w_obj, W_Type) and not w_obj.is_heaptype:
            raise oefmt(self.w_TypeError, "cannot delete '%s' attribute of immutable type '%s'"
                        % (name, w_obj.name))
        w_descr = w_type.lookup(name)
        if w_descr is not None:
            if isinstance(w_descr, W_Property):
                if self.is_none(w_descr.w_fdel):
                    raise oefmt(self.w_AttributeError, "can't delete attribute")
                self.call_function(w_descr.w_fdel, [w_obj])
                return
            w_dtype = w_descr.getclass(self)
            if w_dtype.is_heaptype:
                w_del = w_dtype.lookup('__delete__')
                if w_del is not None:
                    self.call_function(w_del, [w_descr, w_obj])
                    return
                if w_dtype.lookup('__set__') is not None:
                    raise oefmt(self.w_AttributeError, "__delete__")
        if not w_obj.deldictvalue(self, name):
            raise self.attribute_error(w_obj, name)

    # ____________________________________________________________
    # calls

    def call_function(self, w_callable, args_w):
        return self.call_args(w_callable, Arguments(args_w))

    def call_method(self, w_obj, name, args_w):
        w_meth = self.getattr(w_obj, name)
        return self.call_function(w_meth, args_w)

    def call_args(self, w_callable, args):
        if isinstance(w_callable, W_Function):
            from interp.function import call_function_args
            return call_function_args(self, w_callable, args)
        if isinstance(w_callable, W_BuiltinFunction):
            return w_callable.func(self, args)
        if isinstance(w_callable, W_Method):
            return self.call_args(w_callable.w_func, args.prepend(w_callable.w_self))
        if isinstance(w_callable, W_Type):
            from interp.typedescr import type_call
            return type_call(self, w_callable, args)
        w_call = self.lookup(w_callable, '__call__')
        if w_call is None:
            raise oefmt(self.w_TypeError, "'%s' object isn't callable"
                        % self.type_name(w_callable))
        if isinstance(w_call, W_Function) or isinstance(w_call, W_BuiltinFunction):
            return self.call_args(w_call, args.prepend(w_callable))
        # a staticmethod, classmethod or other descriptor as __call__
        return self.call_args(self.get(w_call, w_callable, self.type(w_callable)), args)

    def callable(self, w_obj):
        if isinstance(w_obj, W_Function) or isinstance(w_obj, W_BuiltinFunction) or \
                isinstance(w_obj, W_Method) or isinstance(w_obj, W_Type):
            return True
        return self.lookup(w_obj, '__call__') is not None

    # ____________________________________________________________
    # arithmetic

    def binop(self, op, w_a, w_b):
        if isinstance(w_a, W_Int) and isinstance(w_b, W_Int) and \
                is_plain_int(w_a) and is_plain_int(w_b):
            if isinstance(w_a, W_Bool) and isinstance(w_b, W_Bool) and \
                    (op == ops.AND or op == ops.OR or op == ops.XOR):
                return self.generic_binop(op, w_a, w_b)   # bool & bool is a bool
            return int_binop(self, op, w_a.intval, w_b.intval)
        if type(w_a) is W_Float and type(w_b) is W_Float:
            w_res = float_binop(self, op, w_a.floatval, w_b.floatval)
            if w_res is not self.w_NotImplemented:
                return w_res
        if is_plain_number(w_a) and is_plain_number(w_b):
            if isinstance(w_a, W_AbstractInt) and isinstance(w_b, W_AbstractInt):
                return intobject.arith(self, op, w_a, w_b)
            w_res = float_binop(self, op, floatobject.as_float(self, w_a),
                                floatobject.as_float(self, w_b))
            if w_res is not self.w_NotImplemented:
                return w_res
        if op == ops.ADD:
            if type(w_a) is W_Str and type(w_b) is W_Str:
                # str is immutable: '' + s is s itself, as in CPython (no copy)
                if w_a.length == 0:
                    return w_b
                if w_b.length == 0:
                    return w_a
                return W_Str(w_a.utf8 + w_b.utf8, w_a.length + w_b.length)
        return self.generic_binop(op, w_a, w_b)

    def generic_binop(self, op, w_a, w_b):
        name = ops.BINOP_NAMES[op]
        return self.generic_binop_names(name, ops.RBINOP_NAMES[op], w_a, w_b, name)

    def generic_binop_names(self, name, rname, w_a, w_b, errname):
        """w_a.<name>(w_b) or w_b.<rname>(w_a), in CPython's order."""
        w_ta = w_a.getclass(self)
        w_tb = w_b.getclass(self)
        w_impl = w_ta.lookup(name)
        w_rimpl = None
        if w_ta is not w_tb:
            w_rimpl = w_tb.lookup(rname)
            if w_rimpl is not None and w_tb.issubtype(w_ta) and \
                    w_rimpl is not w_ta.lookup(rname):
                w_res = self.call_function(w_rimpl, [w_b, w_a])
                if w_res is not self.w_NotImplemented:
                    return w_res
                w_rimpl = None
        if w_impl is not None and w_rimpl is not None and \
                0 <= self._num_rank(w_ta) < self._num_rank(w_tb) and \
                w_impl is w_ta.w_solid.lookup(name):
            # CPython's int ops return NotImplemented for a float (float's for a
            # complex): the right operand's reflected method, maybe a user
            # override in a subclass of float/complex, does the work
            w_impl = None
        if w_impl is not None:
            w_res = self.call_function(w_impl, [w_a, w_b])
            if w_res is not self.w_NotImplemented:
                return w_res
        if w_rimpl is not None:
            w_res = self.call_function(w_rimpl, [w_b, w_a])
            if w_res is not self.w_NotImplemented:
                return w_res
        raise oefmt(self.w_TypeError, "unsupported types for %s: '%s', '%s'"
                    % (errname, w_ta.name, w_tb.name))

    def _num_rank(self, w_t):
        """0 for int (and bool), 1 for float, 2 for complex (subclasses
        included), -1 for anything else."""
        w_solid = w_t.w_solid
        if w_solid.issubtype(self.w_int):
            return 0
        if w_solid is self.w_float:
            return 1
        if w_solid is self.w_complex:
            return 2
        return -1

    def inplace_binop(self, op, w_a, w_b):
        if type(w_a) is W_Int and isinstance(w_b, W_Int) and is_plain_int(w_b):
            return int_binop(self, op, w_a.intval, w_b.intval)
        if type(w_a) is W_Float and type(w_b) is W_Float:
            w_res = float_binop(self, op, w_a.floatval, w_b.floatval)
            if w_res is not self.w_NotImplemented:
                return w_res
        if type(w_a) is W_List and op == ops.ADD:
            w_a.items_w.extend(self.unpack_iterable(w_b))
            return w_a
        if type(w_a) is W_Str or is_plain_number(w_a):
            return self.binop(op, w_a, w_b)
        w_impl = self.lookup(w_a, ops.IBINOP_NAMES[op])
        if w_impl is not None:
            w_res = self.call_function(w_impl, [w_a, w_b])
            if w_res is not self.w_NotImplemented:
                return w_res
        return self.binop(op, w_a, w_b)

    def float_pow(self, x, y):
        return self.newfloat(float_pow(self, x, y))

    def divmod(self, w_a, w_b):
        if is_plain_number(w_a) and is_plain_number(w_b):
            return self.divmod_numbers(w_a, w_b)
        # __divmod__/__rdivmod__ (user overrides in subclasses included)
        return self.generic_binop_names('__divmod__', '__rdivmod__', w_a, w_b, 'divmod()')

    def divmod_numbers(self, w_a, w_b):
        """divmod() of two int or float values (of subclasses too, whose
        overrides it ignores: int.__divmod__ and float.__divmod__ use it)."""
        if isinstance(w_a, W_AbstractInt) and isinstance(w_b, W_AbstractInt):
            return self.newtuple([intobject.arith(self, ops.FLOORDIV, w_a, w_b),
                                  intobject.arith(self, ops.MOD, w_a, w_b)])
        if floatobject.is_number(w_a) and floatobject.is_number(w_b):
            d, m = floatobject.float_floordiv_mod(self, self.float_w(w_a), self.float_w(w_b))
            return self.newtuple([self.newfloat(d), self.newfloat(m)])
        raise oefmt(self.w_TypeError, "unsupported types for divmod(): '%s', '%s'"
                    % (self.type_name(w_a), self.type_name(w_b)))

    def unaryop(self, op, w_a):
        if op == ops.NOT:
            return self.newbool(not self.is_true(w_a))
        if type(w_a) is W_Int:
            if op == ops.NEG:
                return intobject.int_neg(self, w_a)
            if op == ops.POS:
                return w_a
            return self.newint(~w_a.intval)
        if type(w_a) is W_Float:
            if op == ops.NEG:
                return self.newfloat(-w_a.floatval)
            if op == ops.POS:
                return w_a
        name = ops.UNARY_NAMES[op]
        w_impl = self.lookup(w_a, name)
        if w_impl is None:
            raise oefmt(self.w_TypeError, "unsupported type for %s: '%s'"
                        % (name, self.type_name(w_a)))
        return self.call_function(w_impl, [w_a])

    # ____________________________________________________________
    # comparisons

    def compare(self, op, w_a, w_b):
        if isinstance(w_a, W_Int) and isinstance(w_b, W_Int) and \
                is_plain_int(w_a) and is_plain_int(w_b):
            return self.newbool(int_compare(op, w_a.intval, w_b.intval))
        if type(w_a) is W_Float and type(w_b) is W_Float:
            return self.newbool(float_compare(op, w_a.floatval, w_b.floatval))
        if type(w_a) is W_Str and type(w_b) is W_Str:
            # UTF-8 byte order is code point order
            return self.newbool(ops.compare_strings(op, w_a.utf8, w_b.utf8))
        return self.generic_compare(op, w_a, w_b)

    def generic_compare(self, op, w_a, w_b):
        w_ta = w_a.getclass(self)
        w_tb = w_b.getclass(self)
        name = ops.CMP_NAMES[op]
        rname = ops.CMP_NAMES[ops.CMP_SWAPPED[op]]
        checked_reverse = False
        if w_ta is not w_tb and w_tb.issubtype(w_ta):
            w_rimpl = w_tb.lookup(rname)
            if w_rimpl is not None:
                checked_reverse = True
                w_res = self.call_function(w_rimpl, [w_b, w_a])
                if w_res is not self.w_NotImplemented:
                    return w_res
        w_impl = w_ta.lookup(name)
        if w_impl is not None:
            w_res = self.call_function(w_impl, [w_a, w_b])
            if w_res is not self.w_NotImplemented:
                return w_res
        if not checked_reverse:
            w_rimpl = w_tb.lookup(rname)
            if w_rimpl is not None:
                w_res = self.call_function(w_rimpl, [w_b, w_a])
                if w_res is not self.w_NotImplemented:
                    return w_res
        if op == ops.EQ:
            return self.newbool(w_a is w_b)
        if op == ops.NE:
            return self.newbool(w_a is not w_b)
        raise oefmt(self.w_TypeError, "unsupported types for %s: '%s', '%s'"
                    % (name, w_ta.name, w_tb.name))

    def eq_w(self, w_a, w_b):
        if w_a is w_b:
            return True
        if type(w_a) is W_Int and type(w_b) is W_Int:
            return w_a.intval == w_b.intval
        if type(w_a) is W_Str and type(w_b) is W_Str:
            return w_a.utf8 == w_b.utf8
        if isinstance(w_a, W_Int) and isinstance(w_b, W_Int) and \
                is_plain_int(w_a) and is_plain_int(w_b):
            return w_a.intval == w_b.intval
        if type(w_a) is W_Tuple and type(w_b) is W_Tuple:
            # tuple.__eq__ without the app-level call (tuple-keyed dicts)
            return seq_compare(self, ops.EQ, w_a.items_w, w_b.items_w)
        return self.is_true(self.compare(ops.EQ, w_a, w_b))

    def lt_w(self, w_a, w_b):
        if isinstance(w_a, W_Int) and isinstance(w_b, W_Int) and \
                is_plain_int(w_a) and is_plain_int(w_b):
            return w_a.intval < w_b.intval
        # exact builtin types (what sort() and heapq mostly see)
        if type(w_a) is W_Str and type(w_b) is W_Str:
            return w_a.utf8 < w_b.utf8      # UTF-8 byte order is code point order
        if type(w_a) is W_Float and type(w_b) is W_Float:
            return w_a.floatval < w_b.floatval
        if type(w_a) is W_Tuple and type(w_b) is W_Tuple:
            return self._tuple_lt(w_a.items_w, w_b.items_w)
        return self.is_true(self.compare(ops.LT, w_a, w_b))

    def _tuple_lt(self, a_w, b_w):
        # as tuple.__lt__: the first items that differ decide, else the lengths
        for i in range(min(len(a_w), len(b_w))):
            w_x = a_w[i]
            w_y = b_w[i]
            if w_x is w_y:
                continue
            # one comparison, not `==` then `<`, for the usual item types
            if type(w_x) is W_Int and type(w_y) is W_Int:
                if w_x.intval != w_y.intval:
                    return w_x.intval < w_y.intval
                continue
            if type(w_x) is W_Str and type(w_y) is W_Str:
                if w_x.utf8 != w_y.utf8:
                    return w_x.utf8 < w_y.utf8
                continue
            if not self.eq_w(w_x, w_y):
                return self.lt_w(w_x, w_y)
        return len(a_w) < len(b_w)

    def contains(self, w_container, w_item):
        if type(w_container) is W_Dict:
            return w_container.contains(self, w_item)
        if type(w_container) is W_Str and isinstance(w_item, W_Str):
            return w_container.utf8.find(w_item.utf8) >= 0
        w_impl = self.lookup(w_container, '__contains__')
        if w_impl is not None:
            return self.is_true(self.call_function(w_impl, [w_container, w_item]))
        return self._contains_by_iter(w_container, w_item)

    def _contains_by_iter(self, w_container, w_item):
        # a loop: kept out of `contains` so the JIT can look inside that
        w_iter = self.iter(w_container)
        while True:
            w_x = self.next(w_iter)
            if w_x is None:
                return False
            if self.eq_w(w_x, w_item):
                return True

    # ____________________________________________________________
    # containers

    def len_w(self, w_obj):
        if type(w_obj) is W_List:
            return len(w_obj.items_w)
        if type(w_obj) is W_Tuple:
            return len(w_obj.items_w)
        if type(w_obj) is W_Str:
            return w_obj.length
        w_len = self.lookup(w_obj, '__len__')
        if w_len is None:
            raise oefmt(self.w_TypeError, "object of type '%s' has no len()"
                        % self.type_name(w_obj))
        n = self.int_w(self.call_function(w_len, [w_obj]))
        if n < 0:
            raise oefmt(self.w_ValueError, "__len__() should return >= 0")
        return n

    def len(self, w_obj):
        return self.newint(self.len_w(w_obj))

    def getitem(self, w_obj, w_index):
        if type(w_obj) is W_List and isinstance(w_index, W_Int):
            items = w_obj.items_w
            i = w_index.intval
            if i < 0:
                i += len(items)
            if 0 <= i < len(items):
                return items[i]
        if type(w_obj) is W_Dict:
            w_v = w_obj.getitem(self, w_index)
            if w_v is not None:
                return w_v
        w_impl = self.lookup(w_obj, '__getitem__')
        if w_impl is None:
            if isinstance(w_obj, W_Type):
                w_cgi = w_obj.lookup('__class_getitem__')
                if w_cgi is not None:
                    return self.call_function(self.get(w_cgi, None, w_obj), [w_index])
            raise oefmt(self.w_TypeError, "'%s' object isn't subscriptable"
                        % self.type_name(w_obj))
        return self.call_function(w_impl, [w_obj, w_index])

    def setitem(self, w_obj, w_index, w_value):
        if type(w_obj) is W_List and isinstance(w_index, W_Int):
            items = w_obj.items_w
            i = w_index.intval
            if i < 0:
                i += len(items)
            if 0 <= i < len(items):
                items[i] = w_value
                return
        if type(w_obj) is W_Dict:
            w_obj.setitem(self, w_index, w_value)
            return
        w_impl = self.lookup(w_obj, '__setitem__')
        if w_impl is None:
            raise oefmt(self.w_TypeError, "'%s' object doesn't support item assignment"
                        % self.type_name(w_obj))
        self.call_function(w_impl, [w_obj, w_index, w_value])

    def delitem(self, w_obj, w_index):
        w_impl = self.lookup(w_obj, '__delitem__')
        if w_impl is None:
            raise oefmt(self.w_TypeError, "'%s' object doesn't support item deletion"
                        % self.type_name(w_obj))
        self.call_function(w_impl, [w_obj, w_index])

    def iter(self, w_obj):
        if type(w_obj) is W_List:
            return W_ListIterator(w_obj)
        if type(w_obj) is W_Tuple:
            return W_SeqIterator(w_obj.items_w)
        if isinstance(w_obj, W_Iterator):
            return w_obj
        if type(w_obj) is W_Range:
            return iterobject.W_RangeIterator(w_obj.start, w_obj.length, w_obj.step)
        w_iter = self.lookup(w_obj, '__iter__')
        if w_iter is None:
            if self.lookup(w_obj, '__getitem__') is not None:
                return GetitemIterator(w_obj)
            raise oefmt(self.w_TypeError, "'%s' object isn't iterable"
                        % self.type_name(w_obj))
        w_res = self.call_function(w_iter, [w_obj])
        if self.lookup(w_res, '__next__') is None:
            raise oefmt(self.w_TypeError, "iter() returned non-iterator of type '%s'"
                        % self.type_name(w_res))
        return w_res

    def next(self, w_iter):
        """The next item, or None when the iterator is exhausted."""
        if isinstance(w_iter, W_Iterator):
            return w_iter.next_w(self)
        from interp.generator import W_Generator
        if isinstance(w_iter, W_Generator):
            return w_iter.resume(self, self.w_None, None)
        w_next = self.lookup(w_iter, '__next__')
        if w_next is None:
            raise oefmt(self.w_TypeError, "'%s' object isn't an iterator"
                        % self.type_name(w_iter))
        try:
            return self.call_function(w_next, [w_iter])
        except OperationError as e:
            if e.match(self, self.w_StopIteration):
                return None
            raise

    def unpack_iterable(self, w_obj):
        if type(w_obj) is W_List:
            return list(w_obj.items_w)
        if type(w_obj) is W_Tuple:
            return list(w_obj.items_w)
        w_iter = self.iter(w_obj)
        res = []
        w_type = self.type(w_iter)
        while True:
            # a loop of its own for the JIT: list(generator), sorted(...) and
            # the like trace the generator's code into this loop
            unpack_driver.jit_merge_point(w_type=w_type)
            w_item = self.next(w_iter)
            if w_item is None:
                return res
            res.append(w_item)

    def fixedview(self, w_obj):
        """Items of a tuple or list without copying (do not mutate)."""
        if type(w_obj) is W_Tuple:
            return w_obj.items_w
        return self.unpack_iterable(w_obj)

    # ____________________________________________________________
    # exceptions

    def exception_match(self, w_exc_type, w_check):
        """Does an exception of type w_exc_type match an `except w_check` clause?"""
        if isinstance(w_check, W_Tuple):
            return self._exception_match_tuple(w_exc_type, w_check)
        if not isinstance(w_check, W_Type) or not isinstance(w_exc_type, W_Type):
            return False
        return w_exc_type.issubtype(w_check)

    def _exception_match_tuple(self, w_exc_type, w_check):
        # a loop: kept out of `exception_match` so the JIT can look inside that
        for w_c in w_check.items_w:
            if self.exception_match(w_exc_type, w_c):
                return True
        return False

    def exc_set_traceback(self, w_value, tb):
        if isinstance(w_value, W_BaseException):
            w_value.tb = tb

    def exception_from_raise(self, w_obj):
        """The OperationError for `raise w_obj` (a class or an instance)."""
        if isinstance(w_obj, W_Type):
            if not w_obj.issubtype(self.w_BaseException):
                raise oefmt(self.w_TypeError, "exceptions must derive from BaseException")
            w_value = self.call_function(w_obj, [])
        else:
            w_value = w_obj
        if not isinstance(w_value, W_BaseException):
            raise oefmt(self.w_TypeError, "exceptions must derive from BaseException")
        operr = OperationError(w_value.getclass(self), w_value)
        operr.tb = w_value.tb
        return operr

    def new_exception(self, w_type, msg):
        return self.call_function(w_type, [self.newtext(msg)])

    # ____________________________________________________________
    # modules, compiling, frames

    def builtin_module_or_none(self, name):
        return self.builtin_modules.get(name, None)

    def builtin_module(self, name):
        w_mod = self.builtin_modules[name]
        return w_mod

    def get_module(self, name):
        w_mod = self.w_modules.getitem_str(name)
        if w_mod is None or isinstance(w_mod, W_Module):
            return w_mod
        return None

    def get_module_obj(self, name):
        return self.w_modules.getitem_str(name)

    def set_module(self, name, w_mod):
        self.w_modules.setitem_str(name, w_mod)

    def del_module(self, name):
        self.w_modules.delitem_str(name)

    def compile_source(self, source, filename, mode):
        """Parse and compile; a syntax error becomes a SyntaxError exception."""
        from interp.parser import parse, ParseError
        from interp.compiler import compile_ast
        try:
            tree = parse(source, filename, mode)
            return compile_ast(tree, filename, mode, self.optimize)
        except ParseError as e:
            w_type = self.w_SyntaxError
            if e.kind == 'IndentationError':
                w_type = self.w_IndentationError
            w_exc = self.call_function(w_type, [self.newtext(e.msg)])
            w_exc.setdictvalue(self, 'filename', self.newtext(filename))
            w_exc.setdictvalue(self, 'lineno', self.newint(e.lineno))
            w_exc.setdictvalue(self, 'offset', self.newint(e.offset))
            operr = OperationError(w_type, w_exc)
            from interp.error import TracebackEntry
            operr.tb = TracebackEntry(filename, e.lineno, '', None)
            self.exc_set_traceback(w_exc, operr.tb)
            raise operr

    def getec(self):
        """This thread's execution context (frames, the exception being
        handled, recursion depth)."""
        ec = _ec_ref.get()
        if ec is None:
            ec = self.new_ec()
        return ec

    @jit.dont_look_inside
    def new_ec(self):
        from interp.frame import ExecutionContext
        ec = ExecutionContext()
        _ec_ref.set(ec)
        return ec

    def current_frame(self):
        frame = self.getec().topframeref()
        if frame is None:
            raise oefmt(self.w_RuntimeError, "no current frame")
        return frame

    # ____________________________________________________________
    # numbers

    def int(self, w_x):
        """int(x) for a single argument."""
        if isinstance(w_x, W_Int):
            if type(w_x) is W_Int:
                return w_x
            return self.newint(w_x.intval)
        if isinstance(w_x, W_Long):
            return w_x
        if isinstance(w_x, W_Float):
            return floatobject.float_to_int(self, w_x.floatval)
        if isinstance(w_x, W_Str):
            return intobject.parse_int(self, w_x.utf8, 10)
        if isinstance(w_x, W_Bytes):
            return intobject.parse_int(self, w_x.value, 10)
        for name in ['__int__', '__index__']:
            w_impl = self.lookup(w_x, name)
            if w_impl is not None:
                w_res = self.call_function(w_impl, [w_x])
                if not isinstance(w_res, W_AbstractInt):
                    raise oefmt(self.w_TypeError, "%s returned non-int" % name)
                return w_res
        w_trunc = self.lookup(w_x, '__trunc__')
        if w_trunc is not None:
            return self.int(self.call_function(w_trunc, [w_x]))
        raise oefmt(self.w_TypeError, "can't convert %s to int" % self.type_name(w_x))


class GetitemIterator(W_Iterator):
    """iter() of an object with only __getitem__: index from 0 until IndexError."""
    _attrs_ = ['w_obj', 'index']

    def __init__(self, w_obj):
        self.w_obj = w_obj
        self.index = 0

    def next_w(self, space):
        if self.index < 0:
            return None
        try:
            w_item = space.getitem(self.w_obj, space.newint(self.index))
        except OperationError as e:
            if e.match(space, space.w_IndexError) or e.match(space, space.w_StopIteration):
                self.index = -1
                return None
            raise
        self.index += 1
        return w_item


# bound before __init__ runs: building the builtin modules already hashes
# app-level keys, and dict hashing finds the space through this name
from interp.frame import ExecutionContext
_ec_ref = rthread.ThreadLocalReference(ExecutionContext, loop_invariant=True)

space = ObjSpace.__new__(ObjSpace)
space.__init__()
