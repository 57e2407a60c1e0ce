"""bytes methods that reuse str's algorithms.

The bytes are viewed as a Latin-1 str (one code point per byte), the str
method runs, and its result is turned back into bytes.  MicroPython's str
predicates and case mappings are ASCII-only, which is exactly what bytes
methods do, and code point indices equal byte indices, so find()/index()
results carry over unchanged.
"""
from rpython.rlib.rstring import StringBuilder
from interp.objects.bytesobject import W_Bytes, bytes_typedef
from interp.objects.strobject import W_Str
from interp.objects.listobject import W_List
from interp.objects.tupleobject import W_Tuple
from interp.error import oefmt
from interp import utf8

# the str methods whose bytes twins behave the same on the Latin-1 view
SHARED = ['strip', 'lstrip', 'rstrip', 'upper', 'lower', 'split', 'rsplit',
          'find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith',
          'replace', 'join', 'partition', 'rpartition', 'center', 'ljust', 'rjust',
          'isdigit', 'isalpha', 'isspace', 'isupper', 'islower', 'isalnum',
          'zfill', 'splitlines', 'capitalize', 'swapcase', 'title']


def latin1_str(s):
    """bytes -> the UTF-8 text with one code point per byte."""
    b = StringBuilder(len(s))
    for c in s:
        if ord(c) < 0x80:
            b.append(c)
        else:
            b.append(utf8.encode_codepoint(ord(c)))
    return b.build()


def latin1_view(s):
    """bytes -> W_Str with one code point per byte."""
    return W_Str(latin1_str(s), len(s))


def bytes_like_or_none(space, w_obj):
    """The bytes of a bytes or bytearray, or None for anything else."""
    if isinstance(w_obj, W_Bytes):
        return w_obj.value
    from interp.objects.bytearrayobject import W_ByteArray
    if isinstance(w_obj, W_ByteArray):
        return w_obj.as_str()
    from interp.objects.memoryviewobject import W_MemoryView
    if isinstance(w_obj, W_MemoryView):
        return w_obj.as_str(space)
    return None


def from_latin1_view(w_s):
    """W_Str made by latin1_view (code points < 256) -> bytes."""
    return from_latin1_str(w_s.utf8)


def from_latin1_str(s):
    """UTF-8 text of code points < 256 -> bytes."""
    b = StringBuilder(len(s))
    i = 0
    while i < len(s):
        cp = utf8.decode_at(s, i)
        b.append(chr(cp & 0xFF))
        i += utf8.char_len_at(s, i)
    return b.build()


def to_view(space, w_arg):
    """An argument of a bytes method, as its str twin expects it."""
    if isinstance(w_arg, W_Bytes):
        return latin1_view(w_arg.value)
    from interp.objects.bytearrayobject import W_ByteArray
    if isinstance(w_arg, W_ByteArray):
        return latin1_view(w_arg.as_str())
    from interp.objects.memoryviewobject import W_MemoryView
    if isinstance(w_arg, W_MemoryView):
        return latin1_view(w_arg.as_str(space))
    if isinstance(w_arg, W_Str):
        raise oefmt(space.w_TypeError, "a bytes-like object is required, not 'str'")
    if isinstance(w_arg, W_Tuple):
        return space.newtuple([to_view(space, w_x) for w_x in w_arg.items_w])
    return w_arg


def from_view(space, w_res):
    if isinstance(w_res, W_Str):
        return W_Bytes(from_latin1_view(w_res))
    if isinstance(w_res, W_List):
        return space.newlist([from_view(space, w_x) for w_x in w_res.items_w])
    if isinstance(w_res, W_Tuple):
        return space.newtuple([from_view(space, w_x) for w_x in w_res.items_w])
    return w_res


def make_shared(name):
    def bytes_method(space, args):
        w_self = args.arg(0)
        if not isinstance(w_self, W_Bytes):
            raise oefmt(space.w_TypeError, "descriptor '%s' requires a 'bytes' object" % name)
        args_w = [latin1_view(w_self.value)]
        for i in range(1, len(args.args_w)):
            w_a = args.args_w[i]
            if name == 'join':
                # an iterable of bytes
                w_a = space.newlist([to_view(space, w_x) for w_x in space.unpack_iterable(w_a)])
            args_w.append(to_view(space, w_a))
        w_meth = space.w_str.lookup(name)
        if w_meth is None:
            raise oefmt(space.w_AttributeError, "'bytes' object has no attribute '%s'" % name)
        from interp.gateway import Arguments
        return from_view(space, space.call_args(w_meth, Arguments(args_w, args.kw_names,
                                                                  args.kw_values_w)))
    bytes_method.__name__ = 'bytes_' + name
    return bytes_method


for _name in SHARED:
    bytes_typedef.add(_name, make_shared(_name))


def bytes_mod(space, args):
    """bytes % args: str's %-formatting on the Latin-1 view."""
    w_self = args.arg(0)
    w_args = args.arg(1)
    if not isinstance(w_self, W_Bytes) or w_args is None:
        return space.w_NotImplemented
    from interp.formatting import percent_format
    w_fmt = latin1_view(w_self.value)
    return W_Bytes(from_latin1_str(percent_format(space, w_fmt.utf8, w_args, True)))


bytes_typedef.add('__mod__', bytes_mod)
