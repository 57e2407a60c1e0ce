"""hashlib: sha256, sha1 and md5 (MicroPython's set), with MicroPython's API
(constructor with optional data, update, digest) plus what CPython's hash
objects also have: hexdigest, copy, digest_size, block_size, name, and
hashlib.new(name, data).  As in CPython, digest() does not finalize the
object: it can be updated and digested again.  The algorithms are in
interp/modules/rhash.py."""
from interp.objects.root import W_Root, TypeDef
from interp.objects.moduleobject import W_Module
from interp.objects.funcobject import W_BuiltinFunction
from interp.objects.strobject import W_Str
from interp.modules import rhash
from interp.error import oefmt

# name, digest size
ALGORITHMS = [('sha256', 32), ('sha1', 20), ('md5', 16)]


class W_Hash(W_Root):
    _attrs_ = ['w_type', 'name', 'engine']

    def __init__(self, w_type, name, engine):
        self.w_type = w_type
        self.name = name
        self.engine = engine

    def getclass(self, space):
        return self.w_type


def new_engine(name):
    if name == 'sha256':
        return rhash.RSHA256()
    if name == 'sha1':
        return rhash.RSHA1()
    assert name == 'md5'
    return rhash.RMD5()


def data_w(space, w_data):
    """The bytes of a bytes-like argument of a hash (str is refused)."""
    if isinstance(w_data, W_Str):
        raise oefmt(space.w_TypeError, "Strings must be encoded before hashing")
    from interp.objects.bufferobject import buffer_w
    s = buffer_w(space, w_data)
    if s is None:
        raise oefmt(space.w_TypeError, "object supporting the buffer API required")
    return s


def _data_arg(space, args, first, fname):
    """The optional data argument at position `first` (or keyword data= / string=)."""
    args.check_kw_only(space, fname, ['data', 'string', 'usedforsecurity'])
    if args.npos() > first + 1:
        raise oefmt(space.w_TypeError, "%s() takes at most %d arguments" % (fname, first + 1))
    w_data = args.arg(first)
    for kw in ['data', 'string']:
        w_kw = args.kw(kw)
        if w_kw is not None:
            if w_data is not None:
                raise oefmt(space.w_TypeError, "%s() got multiple values for argument '%s'"
                            % (fname, kw))
            w_data = w_kw
    return w_data


def make_hash(space, name, w_data):
    w_type = space.builtin_types[name]
    w_h = W_Hash(w_type, name, new_engine(name))
    if w_data is not None:
        w_h.engine.update(data_w(space, w_data))
    return w_h


def _make_new(name):
    def new(space, args):
        w_cls = args.arg(0)
        if w_cls is not space.builtin_types[name]:
            raise oefmt(space.w_TypeError, "cannot create '%s' instances" % name)
        return make_hash(space, name, _data_arg(space, args, 1, name))
    new.__name__ = 'hash_new_' + name
    return new


def _self(space, args):
    w_self = args.arg(0)
    if not isinstance(w_self, W_Hash):
        raise oefmt(space.w_TypeError, "descriptor requires a hash object")
    return w_self


def _make_getset(what, size):
    def get(space, args):
        w_self = _self(space, args)
        if what == 'digest_size':
            return space.newint(size)
        if what == 'block_size':
            return space.newint(64)
        return space.newtext(w_self.name)
    get.__name__ = 'hash_get_%s_%d' % (what, size)
    return get


TYPEDEFS = []
for _name, _size in ALGORITHMS:
    _td = TypeDef(_name, W_Hash, acceptable_as_base=False)
    _td.add('__new__', _make_new(_name))

    @_td.method('update', 1)
    def hash_update(space, w_self, w_data):
        w_self.engine.update(data_w(space, w_data))
        return space.w_None

    @_td.method('digest', 0)
    def hash_digest(space, w_self):
        return space.newbytes(w_self.engine.digest())

    @_td.method('hexdigest', 0)
    def hash_hexdigest(space, w_self):
        return space.newtext(w_self.engine.hexdigest())

    @_td.method('copy', 0)
    def hash_copy(space, w_self):
        return W_Hash(w_self.w_type, w_self.name, w_self.engine.copy())

    @_td.method('__repr__', 0)
    def hash_repr(space, w_self):
        return space.newtext('<%s HASH object @ %s>' % (w_self.name, space.hex_id(w_self)))

    for _what in ['digest_size', 'block_size', 'name']:
        _td.add_getset(_what, _make_getset(_what, _size))
    TYPEDEFS.append(_td)


def hashlib_new(space, args):
    args.check_kw_only(space, 'new', ['name', 'data', 'string', 'usedforsecurity'])
    w_name = args.arg(0)
    first = 1
    if w_name is None:
        w_name = args.kw('name')
        first = 0
    if w_name is None:
        raise oefmt(space.w_TypeError, "new() missing required argument 'name'")
    name = space.text_w(w_name).lower()
    for algo, _ in ALGORITHMS:
        if name == algo:
            return make_hash(space, algo, _data_arg(space, args, first, 'new'))
    raise oefmt(space.w_ValueError, "unsupported hash type %s" % name)


def make_module(space):
    w_mod = W_Module(space, 'hashlib')
    d = w_mod.w_dict
    for td in TYPEDEFS:
        d.setitem_str(td.name, space._maketype(td))
    d.setitem_str('new', W_BuiltinFunction('new', hashlib_new))
    return w_mod
