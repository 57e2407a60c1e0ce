"""dict: insertion-ordered.  While every key is an exact str, the storage is an
RPython dict keyed by the UTF-8 text (module globals, keyword arguments);
the first other key moves it to an r_dict keyed by W_Root with app-level
__hash__/__eq__."""
from collections import OrderedDict
from rpython.rlib.objectmodel import r_ordereddict
from interp.objects.root import W_Root, TypeDef
from interp.objects.strobject import W_Str
from interp.error import oefmt, OperationError
from interp.subclass import builtin_new


def _space():
    from interp.space import space
    return space


def w_eq(w_a, w_b):
    return _space().eq_w(w_a, w_b)


def w_hash(w_a):
    return _space().hash_w(w_a)


def new_rdict():
    # all RPython dicts are ordered once translated; the ordered variants make
    # untranslated runs iterate in insertion order too
    return r_ordereddict(w_eq, w_hash)


class W_Dict(W_Root):
    _attrs_ = ['strdict', 'rdict', 'gcache']
    _immutable_fields_ = ['gcache?']

    def __init__(self):
        self.strdict = OrderedDict()  # str -> W_Root, while all keys are exact str
        self.rdict = None           # W_Root -> W_Root, once any other key came in
        # interp/globalcache.py: the cells of a dict used as globals, made at
        # its first LOAD_GLOBAL. Every mutation below keeps them right.
        self.gcache = None

    def _gset(self, key, w_value):
        gcache = self.gcache
        if gcache is not None:
            gcache.set(key, w_value)

    def _gresync(self):
        gcache = self.gcache
        if gcache is not None:
            gcache.resync()

    def getclass(self, space):
        return space.w_dict

    def _switch(self, space):
        d = new_rdict()
        for key, w_value in self.strdict.items():
            d[space.newtext(key)] = w_value
        self.rdict = d
        self.strdict = OrderedDict()

    def length(self):
        if self.rdict is not None:
            return len(self.rdict)
        return len(self.strdict)

    # str-keyed fast paths (globals, attributes)
    def getitem_str(self, key):
        if self.rdict is not None:
            from interp.space import space
            return self.rdict.get(space.newtext(key), None)
        return self.strdict.get(key, None)

    def setitem_str(self, key, w_value):
        if self.rdict is not None:
            from interp.space import space
            self.rdict[space.newtext(key)] = w_value
        else:
            self.strdict[key] = w_value
        self._gset(key, w_value)

    def delitem_str(self, key):
        if self.rdict is not None:
            from interp.space import space
            w_key = space.newtext(key)
            if w_key in self.rdict:
                del self.rdict[w_key]
                self._gset(key, None)
                return True
            return False
        if key in self.strdict:
            del self.strdict[key]
            self._gset(key, None)
            return True
        return False

    def getitem(self, space, w_key):
        """The value or None."""
        if self.rdict is None:
            if type(w_key) is W_Str:
                return self.strdict.get(w_key.utf8, None)
            if not self.strdict:
                space.hash_w(w_key)     # unhashable keys raise even when empty
                return None
            self._switch(space)
        return self.rdict.get(w_key, None)

    def setitem(self, space, w_key, w_value):
        if self.rdict is None:
            if type(w_key) is W_Str:
                self.strdict[w_key.utf8] = w_value
                self._gset(w_key.utf8, w_value)
                return
            space.hash_w(w_key)
            self._switch(space)
        self.rdict[w_key] = w_value
        if type(w_key) is W_Str:
            self._gset(w_key.utf8, w_value)
        else:
            self._gresync()     # a key that equals a str may have replaced its value

    def delitem(self, space, w_key):
        """True if the key was there."""
        if self.rdict is None:
            if type(w_key) is W_Str:
                if w_key.utf8 in self.strdict:
                    del self.strdict[w_key.utf8]
                    self._gset(w_key.utf8, None)
                    return True
                return False
            space.hash_w(w_key)
            self._switch(space)
        if w_key in self.rdict:
            del self.rdict[w_key]
            self._gresync()
            return True
        return False

    def contains(self, space, w_key):
        return self.getitem(space, w_key) is not None

    def keys_w(self, space):
        if self.rdict is not None:
            return self.rdict.keys()
        return [space.newtext(k) for k in self.strdict.keys()]

    def values_w(self):
        if self.rdict is not None:
            return self.rdict.values()
        return self.strdict.values()

    def items_w(self, space):
        """A list of (w_key, w_value) pairs."""
        if self.rdict is not None:
            return self.rdict.items()
        return [(space.newtext(k), w_v) for k, w_v in self.strdict.items()]

    def clear(self):
        self.strdict = OrderedDict()
        self.rdict = None
        self._gresync()

    def copy(self):
        w_new = W_Dict()
        if self.rdict is not None:
            w_new.rdict = self.rdict.copy()     # keeps the stored hashes
        else:
            w_new.strdict = self.strdict.copy()
        return w_new


dict_typedef = TypeDef('dict', W_Dict)


@builtin_new('w_dict')
def dict_new(space, args):
    return W_Dict()


dict_typedef.add('__new__', dict_new)


def dict_update_from(space, w_self, w_other):
    if isinstance(w_other, W_Dict):
        if w_other.rdict is None:
            if w_self.rdict is None and w_self.gcache is None:
                w_self.strdict.update(w_other.strdict)
                return
            for key, w_v in w_other.strdict.items():
                w_self.setitem_str(key, w_v)
            return
        if w_self.rdict is not None and w_self.gcache is None:
            w_self.rdict.update(w_other.rdict)  # no rehashing
            return
        for w_k, w_v in w_other.rdict.items():
            w_self.setitem(space, w_k, w_v)
        return
    w_keys = space.lookup(w_other, 'keys')
    if w_keys is not None:
        for w_k in space.unpack_iterable(space.call_method(w_other, 'keys', [])):
            w_self.setitem(space, w_k, space.getitem(w_other, w_k))
        return
    for w_pair in space.unpack_iterable(w_other):
        pair = space.unpack_iterable(w_pair)
        if len(pair) != 2:
            raise oefmt(space.w_ValueError, "dict update sequence has wrong length")
        w_self.setitem(space, pair[0], pair[1])


def _dict_update_args(space, w_self, args, what):
    if len(args.args_w) > 1:
        raise oefmt(space.w_TypeError, "%s expected at most 1 argument" % what)
    if len(args.args_w) == 1:
        dict_update_from(space, w_self, args.args_w[0])
    if args.kw_names is not None:
        for i in range(len(args.kw_names)):
            w_self.setitem_str(args.kw_names[i], args.kw_values_w[i])


@dict_typedef.raw_method('__init__')
def dict_init(space, w_self, args):
    _dict_update_args(space, w_self, args, 'dict')
    return space.w_None


@dict_typedef.raw_method('update')
def dict_update(space, w_self, args):
    _dict_update_args(space, w_self, args, 'update')
    return space.w_None


@dict_typedef.method('__repr__', 0)
def dict_repr(space, w_self):
    return space.newtext(space.recursive_repr(w_self, '{...}', _dict_repr))


def _dict_repr(space, w_self):
    assert isinstance(w_self, W_Dict)
    parts = []
    for w_k, w_v in w_self.items_w(space):
        parts.append(space.repr_w(w_k) + ': ' + space.repr_w(w_v))
    return '{' + ', '.join(parts) + '}'


@dict_typedef.method('__len__', 0)
def dict_len(space, w_self):
    return space.newint(w_self.length())


@dict_typedef.method('__getitem__', 1)
def dict_getitem(space, w_self, w_key):
    w_v = w_self.getitem(space, w_key)
    if w_v is None:
        if space.type(w_self) is not space.w_dict:
            w_missing = space.lookup(w_self, '__missing__')
            if w_missing is not None:
                return space.call_function(w_missing, [w_self, w_key])
        raise OperationError(space.w_KeyError, space.call_function(space.w_KeyError, [w_key]))
    return w_v


@dict_typedef.method('__setitem__', 2)
def dict_setitem(space, w_self, w_key, w_value):
    w_self.setitem(space, w_key, w_value)
    return space.w_None


@dict_typedef.method('__delitem__', 1)
def dict_delitem(space, w_self, w_key):
    if not w_self.delitem(space, w_key):
        raise OperationError(space.w_KeyError, space.call_function(space.w_KeyError, [w_key]))
    return space.w_None


@dict_typedef.method('__contains__', 1)
def dict_contains(space, w_self, w_key):
    return space.newbool(w_self.contains(space, w_key))


@dict_typedef.method('__iter__', 0)
def dict_iter(space, w_self):
    from interp.objects.iterobject import W_DictIterator
    return W_DictIterator(w_self, 0)


@dict_typedef.method('__eq__', 1)
def dict_eq(space, w_self, w_other):
    if not isinstance(w_other, W_Dict):
        return space.w_NotImplemented
    return space.newbool(dict_equal(space, w_self, w_other))


@dict_typedef.method('__ne__', 1)
def dict_ne(space, w_self, w_other):
    if not isinstance(w_other, W_Dict):
        return space.w_NotImplemented
    return space.newbool(not dict_equal(space, w_self, w_other))


def dict_equal(space, w_a, w_b):
    if w_a.length() != w_b.length():
        return False
    if w_a.rdict is None:
        for key, w_v in w_a.strdict.items():
            w_v2 = w_b.getitem_str(key)
            if w_v2 is None or not space.eq_w(w_v, w_v2):
                return False
        return True
    for w_k, w_v in w_a.rdict.items():
        w_v2 = w_b.getitem(space, w_k)
        if w_v2 is None or not space.eq_w(w_v, w_v2):
            return False
    return True


@dict_typedef.method('get', 1, 2)
def dict_get(space, w_self, w_key, w_default):
    w_v = w_self.getitem(space, w_key)
    if w_v is None:
        return w_default if w_default is not None else space.w_None
    return w_v


@dict_typedef.method('setdefault', 1, 2)
def dict_setdefault(space, w_self, w_key, w_default):
    w_v = w_self.getitem(space, w_key)
    if w_v is None:
        w_v = w_default if w_default is not None else space.w_None
        w_self.setitem(space, w_key, w_v)
    return w_v


@dict_typedef.method('pop', 1, 2)
def dict_pop(space, w_self, w_key, w_default):
    w_v = w_self.getitem(space, w_key)
    if w_v is None:
        if w_default is None:
            raise OperationError(space.w_KeyError,
                                 space.call_function(space.w_KeyError, [w_key]))
        return w_default
    w_self.delitem(space, w_key)
    return w_v


@dict_typedef.method('popitem', 0)
def dict_popitem(space, w_self):
    if w_self.length() == 0:
        raise oefmt(space.w_KeyError, "popitem(): dictionary is empty")
    if w_self.rdict is not None:
        w_k, w_v = w_self.rdict.popitem()        # the last one
        w_self._gresync()
        return space.newtuple([w_k, w_v])
    key, w_v = w_self.strdict.popitem()
    w_self._gset(key, None)
    return space.newtuple([space.newtext(key), w_v])


@dict_typedef.method('keys', 0)
def dict_keys(space, w_self):
    from interp.objects.iterobject import W_DictView
    return W_DictView(w_self, 0)


@dict_typedef.method('values', 0)
def dict_values(space, w_self):
    from interp.objects.iterobject import W_DictView
    return W_DictView(w_self, 1)


@dict_typedef.method('items', 0)
def dict_items(space, w_self):
    from interp.objects.iterobject import W_DictView
    return W_DictView(w_self, 2)


@dict_typedef.method('copy', 0)
def dict_copy(space, w_self):
    return w_self.copy()


@dict_typedef.method('clear', 0)
def dict_clear(space, w_self):
    w_self.clear()
    return space.w_None


def dict_fromkeys(space, args):
    if args.has_kw():
        raise oefmt(space.w_TypeError, "fromkeys() takes no keyword arguments")
    w_iter = args.arg(1)
    if w_iter is None or args.npos() > 3:
        raise oefmt(space.w_TypeError, "fromkeys expected 1 or 2 arguments")
    w_value = args.arg(2)
    if w_value is None:
        w_value = space.w_None
    w_cls = args.arg(0)
    if w_cls is space.w_dict:
        w_d = W_Dict()
        for w_k in space.unpack_iterable(w_iter):
            w_d.setitem(space, w_k, w_value)
        return w_d
    w_obj = space.call_function(w_cls, [])       # a subclass: cls(), then cls[k] = v
    for w_k in space.unpack_iterable(w_iter):
        space.setitem(w_obj, w_k, w_value)
    return w_obj


dict_typedef.add_classmethod('fromkeys', dict_fromkeys)


@dict_typedef.method('__or__', 1)
def dict_or(space, w_self, w_other):
    if not isinstance(w_other, W_Dict):
        return space.w_NotImplemented
    w_new = w_self.copy()
    dict_update_from(space, w_new, w_other)
    return w_new


@dict_typedef.method('__ror__', 1)
def dict_ror(space, w_self, w_other):
    if not isinstance(w_other, W_Dict):
        return space.w_NotImplemented
    w_new = w_other.copy()
    dict_update_from(space, w_new, w_self)
    return w_new


@dict_typedef.method('__ior__', 1)
def dict_ior(space, w_self, w_other):
    dict_update_from(space, w_self, w_other)
    return w_self


@dict_typedef.method('__reversed__', 0)
def dict_reversed(space, w_self):
    from interp.objects.iterobject import W_SeqIterator
    keys_w = w_self.keys_w(space)
    keys_w.reverse()
    return W_SeqIterator(keys_w)
