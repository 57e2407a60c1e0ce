"""str: UTF-8 bytes plus the number of code points (indexing is O(1) for ASCII)."""
from rpython.rlib.objectmodel import compute_hash
from rpython.rlib.rstring import StringBuilder
from rpython.rlib import jit
from interp.objects.root import W_Root, TypeDef
from interp.error import oefmt
from interp import utf8, ops
from interp.subclass import builtin_new


class W_Str(W_Root):
    _attrs_ = ['utf8', 'length']
    _immutable_fields_ = ['utf8', 'length']

    def __init__(self, s, length=-1):
        self.utf8 = s
        if length < 0:
            length = utf8.codepoints_in(s)
        self.length = length

    def getclass(self, space):
        return space.w_str

    def is_ascii(self):
        return self.length == len(self.utf8)

    def char_at(self, index):
        """The code point at index (0 <= index < length) as a UTF-8 str."""
        s = self.utf8
        if self.is_ascii():
            return s[index]
        start = utf8.byte_offset(s, index)
        end = start + utf8.char_len_at(s, start)
        assert start >= 0 and end >= 0
        return s[start:end]

    def byte_range(self, start, stop):
        """Byte offsets of code point positions start and stop."""
        if self.is_ascii():
            return start, stop
        s = self.utf8
        b0 = utf8.byte_offset(s, start)
        assert b0 >= 0
        b1 = b0 + utf8.byte_offset(s[b0:], stop - start)
        return b0, b1

    def to_index(self, byte_pos):
        """Code point index of a byte offset."""
        if self.is_ascii():
            return byte_pos
        assert byte_pos >= 0
        return utf8.codepoints_in(self.utf8[:byte_pos])

    def __repr__(self):
        return 'W_Str(%r)' % self.utf8


def str_repr(s):
    """Python repr of a UTF-8 string (printable non-ASCII kept as is)."""
    quote = "'"
    if "'" in s and '"' not in s:
        quote = '"'
    b = StringBuilder(len(s) + 2)
    b.append(quote)
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        o = ord(c)
        if c == quote or c == '\\':
            b.append('\\')
            b.append(c)
        elif c == '\n':
            b.append('\\n')
        elif c == '\r':
            b.append('\\r')
        elif c == '\t':
            b.append('\\t')
        elif o < 0x20 or o == 0x7f:
            b.append('\\x%s' % hex2(o))
        elif o >= 0x80:
            k = utf8.char_len_at(s, i)
            cp = utf8.decode_at(s, i)
            if cp < 0xa0 or cp == 0xad:
                b.append('\\x%s' % hex2(cp))
            else:
                assert i >= 0
                b.append(s[i:i + k])
            i += k
            continue
        else:
            b.append(c)
        i += 1
    b.append(quote)
    return b.build()


HEXDIGITS = '0123456789abcdef'


def hex2(o):
    return HEXDIGITS[(o >> 4) & 15] + HEXDIGITS[o & 15]


str_typedef = TypeDef('str', W_Str)


def unwrap_str(space, w_obj):
    if not isinstance(w_obj, W_Str):
        raise oefmt(space.w_TypeError, "can't convert '%s' object to str implicitly"
                    % space.type_name(w_obj))
    return w_obj


@builtin_new('w_str')
def str_new(space, args):
    args.check_kw_only(space, 'str', ['object', 'encoding', 'errors'])
    if args.npos() > 4:
        raise oefmt(space.w_TypeError, "str() takes at most 3 arguments")
    w_x = args.arg(1)
    if w_x is None:
        w_x = args.kw('object')
    w_enc = args.arg(2)
    if w_enc is None:
        w_enc = args.kw('encoding')
    w_errors = args.arg(3)
    if w_errors is None:
        w_errors = args.kw('errors')
    if w_enc is not None and not isinstance(w_enc, W_Str):
        raise oefmt(space.w_TypeError, "str() argument 'encoding' must be str")
    if w_errors is not None and not isinstance(w_errors, W_Str):
        raise oefmt(space.w_TypeError, "str() argument 'errors' must be str")
    if w_x is None:
        return space.newtext('')
    if w_enc is not None or w_errors is not None:
        from interp.objects.bytesobject import W_Bytes
        from interp.objects.bytearrayobject import W_ByteArray
        if isinstance(w_x, W_Bytes):
            return decode_utf8(space, w_x.value)
        if isinstance(w_x, W_ByteArray):
            return decode_utf8(space, space.bytes_w(w_x))
        raise oefmt(space.w_TypeError, "decoding str is not supported")
    return space.str(w_x)


def decode_utf8(space, s):
    bad = utf8.check_utf8(s)
    if bad >= 0:
        raise oefmt(space.w_UnicodeError, "invalid utf-8 at position %d" % bad)
    return space.newtext(s)


str_typedef.add('__new__', str_new)


@str_typedef.method('__repr__', 0)
def descr_repr(space, w_self):
    return space.newtext(str_repr(w_self.utf8))


def _exact(w_self):
    """w_self, or a plain copy for an instance of a str subclass (str methods
    return exact strs)."""
    if type(w_self) is not W_Str:
        return W_Str(w_self.utf8, w_self.length)
    return w_self


@str_typedef.method('__str__', 0)
def descr_str(space, w_self):
    if type(w_self) is not W_Str:
        return W_Str(w_self.utf8, w_self.length)    # str(subclass instance) is a str
    return w_self


@str_typedef.method('__len__', 0)
def descr_len(space, w_self):
    return space.newint(w_self.length)


@str_typedef.method('__hash__', 0)
def descr_hash(space, w_self):
    return space.newint(compute_hash(w_self.utf8))


@str_typedef.method('__add__', 1)
def descr_add(space, w_self, w_other):
    if not isinstance(w_other, W_Str):
        return space.w_NotImplemented
    return W_Str(w_self.utf8 + w_other.utf8, w_self.length + w_other.length)


def str_mul(space, w_self, w_times):
    if not space.is_index(w_times):
        return space.w_NotImplemented
    n = space.int_w(w_times)
    if n <= 0:
        return space.newtext('')
    return W_Str(w_self.utf8 * n, w_self.length * n)


@str_typedef.method('__mul__', 1)
def descr_mul(space, w_self, w_times):
    return str_mul(space, w_self, w_times)


@str_typedef.method('__rmul__', 1)
def descr_rmul(space, w_self, w_times):
    return str_mul(space, w_self, w_times)


@str_typedef.method('__mod__', 1)
def descr_mod(space, w_self, w_values):
    from interp.formatting import percent_format
    return space.newtext(percent_format(space, w_self.utf8, w_values))


@str_typedef.method('__contains__', 1)
def descr_contains(space, w_self, w_sub):
    if not isinstance(w_sub, W_Str):
        raise oefmt(space.w_TypeError, "'in <string>' requires string as left operand")
    return space.newbool(w_self.utf8.find(w_sub.utf8) >= 0)


def _make_cmp(op):
    def cmp(space, args):
        w_a = args.args_w[0]
        w_b = args.args_w[1]
        if not isinstance(w_a, W_Str) or not isinstance(w_b, W_Str):
            return space.w_NotImplemented
        # UTF-8 byte order is code point order
        return space.newbool(ops.compare_strings(op, w_a.utf8, w_b.utf8))
    return cmp


for _op in range(6):
    str_typedef.add(ops.CMP_NAMES[_op], _make_cmp(_op))


@str_typedef.method('__getitem__', 1)
def descr_getitem(space, w_self, w_index):
    from interp.objects.sliceobject import W_Slice
    if isinstance(w_index, W_Slice):
        start, stop, step, length = w_index.indices(space, w_self.length)
        return str_slice(space, w_self, start, stop, step, length)
    i = space.getindex_w(w_index, w_self.length, "string index out of range")
    return W_Str(w_self.char_at(i), 1)


def str_slice(space, w_self, start, stop, step, length):
    if length <= 0:
        return space.newtext('')
    if step == 1:
        b0, b1 = w_self.byte_range(start, stop)
        assert b0 >= 0 and b1 >= 0
        return W_Str(w_self.utf8[b0:b1], length)
    b = StringBuilder(length)
    i = start
    for k in range(length):
        b.append(w_self.char_at(i))
        i += step
    return W_Str(b.build(), length)


@str_typedef.method('__iter__', 0)
def descr_iter(space, w_self):
    from interp.objects.iterobject import W_StrIterator
    return W_StrIterator(w_self)


@str_typedef.method('__format__', 1)
def descr_format(space, w_self, w_spec):
    from interp.formatting import format_str
    spec = space.text_w(w_spec)
    if not spec and space.type(w_self) is not space.w_str:
        return space.str(w_self)        # a subclass may override __str__
    return space.newtext(format_str(space, w_self.utf8, spec))


@str_typedef.raw_method('format')
def descr_format_method(space, w_self, args):
    from interp.formatting import str_format
    return space.newtext(str_format(space, w_self.utf8, args))


@str_typedef.method('join', 1)
def descr_join(space, w_self, w_iterable):
    items_w = space.unpack_iterable(w_iterable)
    b = StringBuilder()
    sep = w_self.utf8
    length = 0
    for i in range(len(items_w)):
        w_item = items_w[i]
        if not isinstance(w_item, W_Str):
            raise oefmt(space.w_TypeError, "join expected str instance, %s found"
                        % space.type_name(w_item))
        if i > 0:
            b.append(sep)
            length += w_self.length
        b.append(w_item.utf8)
        length += w_item.length
    return W_Str(b.build(), length)


def _is_space(c):
    return c == ' ' or c == '\t' or c == '\n' or c == '\r' or c == '\x0b' or c == '\x0c'


def split_whitespace(s, maxsplit):
    res = []
    i = 0
    n = len(s)
    while True:
        while i < n and _is_space(s[i]):
            i += 1
        if i >= n:
            break
        if maxsplit == 0:
            assert i >= 0
            res.append(s[i:n])
            break
        j = i
        while j < n and not _is_space(s[j]):
            j += 1
        assert i >= 0 and j >= 0
        res.append(s[i:j])
        maxsplit -= 1
        i = j
    return res


def rsplit_whitespace(s, maxsplit):
    res = []
    j = len(s)
    while True:
        while j > 0 and _is_space(s[j - 1]):
            j -= 1
        if j <= 0:
            break
        if maxsplit == 0:
            assert j >= 0
            res.append(s[0:j])
            break
        i = j
        while i > 0 and not _is_space(s[i - 1]):
            i -= 1
        assert i >= 0 and j >= 0
        res.append(s[i:j])
        maxsplit -= 1
        j = i
    res.reverse()
    return res


def split_sep(s, sep, maxsplit):
    res = []
    start = 0
    while maxsplit != 0:
        i = s.find(sep, start)
        if i < 0:
            break
        assert start >= 0
        res.append(s[start:i])
        start = i + len(sep)
        maxsplit -= 1
    res.append(s[start:])
    return res


def rsplit_sep(s, sep, maxsplit):
    res = []
    end = len(s)
    while maxsplit != 0:
        i = s.rfind(sep, 0, end)
        if i < 0:
            break
        assert end >= 0
        res.append(s[i + len(sep):end])
        end = i
        maxsplit -= 1
    assert end >= 0
    res.append(s[0:end])
    res.reverse()
    return res


def _split_args(space, args):
    args.check_kw_only(space, 'split', ['sep', 'maxsplit'])
    if args.npos() > 2:
        raise oefmt(space.w_TypeError, "split() takes at most 2 arguments")
    w_sep = args.arg(0)
    if w_sep is None:
        w_sep = args.kw('sep')
    w_max = args.arg(1)
    if w_max is None:
        w_max = args.kw('maxsplit')
    maxsplit = -1 if w_max is None else space.int_w(w_max)
    return w_sep, maxsplit


@str_typedef.raw_method('split')
def descr_split(space, w_self, args):
    w_sep, maxsplit = _split_args(space, args)
    if w_sep is None or space.is_none(w_sep):
        parts = split_whitespace(w_self.utf8, maxsplit)
    else:
        sep = unwrap_str(space, w_sep).utf8
        if not sep:
            raise oefmt(space.w_ValueError, "empty separator")
        parts = split_sep(w_self.utf8, sep, maxsplit)
    return space.newlist([space.newtext(p) for p in parts])


@str_typedef.raw_method('rsplit')
def descr_rsplit(space, w_self, args):
    w_sep, maxsplit = _split_args(space, args)
    if w_sep is None or space.is_none(w_sep):
        parts = rsplit_whitespace(w_self.utf8, maxsplit)
    else:
        sep = unwrap_str(space, w_sep).utf8
        if not sep:
            raise oefmt(space.w_ValueError, "empty separator")
        parts = rsplit_sep(w_self.utf8, sep, maxsplit)
    return space.newlist([space.newtext(p) for p in parts])


@str_typedef.raw_method('splitlines')
def descr_splitlines(space, w_self, args):
    from interp.gateway import optional_arg
    w_keepends = optional_arg(space, args, 'keepends', 'splitlines')
    keep = w_keepends is not None and space.is_true(w_keepends)
    s = w_self.utf8
    res = []
    i = 0
    n = len(s)
    start = 0
    while i < n:
        c = s[i]
        if c == '\n' or c == '\r':
            eol = i + 1
            if c == '\r' and eol < n and s[eol] == '\n':
                eol += 1
            assert start >= 0 and i >= 0
            res.append(space.newtext(s[start:eol] if keep else s[start:i]))
            start = eol
            i = eol
        else:
            i += 1
    if start < n:
        res.append(space.newtext(s[start:n]))
    return space.newlist(res)


def _strip(space, w_self, w_chars, left, right):
    s = w_self.utf8
    i = 0
    j = len(s)
    if w_chars is None or space.is_none(w_chars):
        while left and i < j and _is_space(s[i]):
            i += 1
        while right and j > i and _is_space(s[j - 1]):
            j -= 1
    else:
        chars = unwrap_str(space, w_chars)
        cs = chars.utf8
        if chars.is_ascii():
            while left and i < j and s[i] in cs:
                i += 1
            while right and j > i and s[j - 1] in cs:
                j -= 1
        else:
            cps = [utf8.decode_at(cs, k) for k in range(len(cs))
                   if (ord(cs[k]) & 0xC0) != 0x80]
            while left and i < j and utf8.decode_at(s, i) in cps:
                i += utf8.char_len_at(s, i)
            while right and j > i:
                k = j - 1
                while k > i and (ord(s[k]) & 0xC0) == 0x80:
                    k -= 1
                if utf8.decode_at(s, k) in cps:
                    j = k
                else:
                    break
    if i == 0 and j == len(s):
        return _exact(w_self)
    assert i >= 0 and j >= 0
    return space.newtext(s[i:j])


@str_typedef.method('strip', 0, 1)
def descr_strip(space, w_self, w_chars):
    return _strip(space, w_self, w_chars, True, True)


@str_typedef.method('lstrip', 0, 1)
def descr_lstrip(space, w_self, w_chars):
    return _strip(space, w_self, w_chars, True, False)


@str_typedef.method('rstrip', 0, 1)
def descr_rstrip(space, w_self, w_chars):
    return _strip(space, w_self, w_chars, False, True)


def _start_end(space, w_self, w_start, w_end):
    """Byte offsets for optional code point start/end arguments."""
    length = w_self.length
    start = 0
    end = length
    if w_start is not None and not space.is_none(w_start):
        start = space.int_w(w_start)
        if start < 0:
            start += length
            if start < 0:
                start = 0
    if w_end is not None and not space.is_none(w_end):
        end = space.int_w(w_end)
        if end < 0:
            end += length
            if end < 0:
                end = 0
    if end > length:
        end = length
    if start > length:
        return len(w_self.utf8) + 1, len(w_self.utf8)
    if end < start:
        end = start
    b0, b1 = w_self.byte_range(start, end)
    assert b0 >= 0 and b1 >= 0
    return b0, b1


def _affix(space, w_self, w_prefix, w_start, w_end, suffix):
    b0, b1 = _start_end(space, w_self, w_start, w_end)
    if b0 > b1:
        return space.w_False
    assert b0 >= 0 and b1 >= 0
    s = w_self.utf8[b0:b1]
    from interp.objects.tupleobject import W_Tuple
    if isinstance(w_prefix, W_Tuple):
        for w_p in w_prefix.items_w:
            p = unwrap_str(space, w_p).utf8
            if (s.endswith(p) if suffix else s.startswith(p)):
                return space.w_True
        return space.w_False
    p = unwrap_str(space, w_prefix).utf8
    return space.newbool(s.endswith(p) if suffix else s.startswith(p))


@str_typedef.method('startswith', 1, 3)
def descr_startswith(space, w_self, w_prefix, w_start, w_end):
    return _affix(space, w_self, w_prefix, w_start, w_end, False)


@str_typedef.method('endswith', 1, 3)
def descr_endswith(space, w_self, w_suffix, w_start, w_end):
    return _affix(space, w_self, w_suffix, w_start, w_end, True)


def _find(space, w_self, w_sub, w_start, w_end, reverse):
    sub = unwrap_str(space, w_sub).utf8
    b0, b1 = _start_end(space, w_self, w_start, w_end)
    if b0 > b1:
        return -1
    if reverse:
        i = w_self.utf8.rfind(sub, b0, b1)
    else:
        i = w_self.utf8.find(sub, b0, b1)
    if i < 0:
        return -1
    return w_self.to_index(i)


@str_typedef.method('find', 1, 3)
def descr_find(space, w_self, w_sub, w_start, w_end):
    return space.newint(_find(space, w_self, w_sub, w_start, w_end, False))


@str_typedef.method('rfind', 1, 3)
def descr_rfind(space, w_self, w_sub, w_start, w_end):
    return space.newint(_find(space, w_self, w_sub, w_start, w_end, True))


@str_typedef.method('index', 1, 3)
def descr_index(space, w_self, w_sub, w_start, w_end):
    i = _find(space, w_self, w_sub, w_start, w_end, False)
    if i < 0:
        raise oefmt(space.w_ValueError, "substring not found")
    return space.newint(i)


@str_typedef.method('rindex', 1, 3)
def descr_rindex(space, w_self, w_sub, w_start, w_end):
    i = _find(space, w_self, w_sub, w_start, w_end, True)
    if i < 0:
        raise oefmt(space.w_ValueError, "substring not found")
    return space.newint(i)


@str_typedef.method('count', 1, 3)
def descr_count(space, w_self, w_sub, w_start, w_end):
    sub = unwrap_str(space, w_sub).utf8
    b0, b1 = _start_end(space, w_self, w_start, w_end)
    if b0 > b1:
        return space.newint(0)
    s = w_self.utf8
    if not sub:
        assert b0 >= 0 and b1 >= 0
        return space.newint(utf8.codepoints_in(s[b0:b1]) + 1)
    n = 0
    i = b0
    while True:
        i = s.find(sub, i, b1)
        if i < 0:
            break
        n += 1
        i += len(sub)
    return space.newint(n)


@str_typedef.method('replace', 2, 3)
def descr_replace(space, w_self, w_old, w_new, w_count):
    old = unwrap_str(space, w_old)
    new = unwrap_str(space, w_new).utf8
    count = -1 if w_count is None else space.int_w(w_count)
    s = w_self.utf8
    if not old.utf8:
        # insert `new` between every code point
        b = StringBuilder()
        i = 0
        n = 0
        while i <= len(s):
            if count >= 0 and n >= count:
                b.append(s[i:])
                break
            b.append(new)
            n += 1
            if i == len(s):
                break
            k = utf8.char_len_at(s, i)
            assert i >= 0
            b.append(s[i:i + k])
            i += k
        return space.newtext(b.build())
    b = StringBuilder(len(s))
    start = 0
    n = 0
    while count < 0 or n < count:
        i = s.find(old.utf8, start)
        if i < 0:
            break
        assert start >= 0
        b.append(s[start:i])
        b.append(new)
        start = i + len(old.utf8)
        n += 1
    b.append(s[start:])
    return space.newtext(b.build())


def _map_ascii(s, lower):
    b = StringBuilder(len(s))
    for c in s:
        if lower and 'A' <= c <= 'Z':
            b.append(chr(ord(c) + 32))
        elif not lower and 'a' <= c <= 'z':
            b.append(chr(ord(c) - 32))
        else:
            b.append(c)
    return b.build()


@str_typedef.method('lower', 0)
def descr_lower(space, w_self):
    return W_Str(_map_ascii(w_self.utf8, True), w_self.length)


@str_typedef.method('upper', 0)
def descr_upper(space, w_self):
    return W_Str(_map_ascii(w_self.utf8, False), w_self.length)


def _all_chars(w_self, pred):
    s = w_self.utf8
    if not s:
        return False
    for c in s:
        if not pred(c):
            return False
    return True


def _isdigit(c):
    return '0' <= c <= '9'


def _isalpha(c):
    return ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _isalnum(c):
    return _isdigit(c) or _isalpha(c)


def _isupper(c):
    return 'A' <= c <= 'Z'


def _islower(c):
    return 'a' <= c <= 'z'


@str_typedef.method('isdigit', 0)
def descr_isdigit(space, w_self):
    return space.newbool(_all_chars(w_self, _isdigit))


@str_typedef.method('isalpha', 0)
def descr_isalpha(space, w_self):
    return space.newbool(_all_chars(w_self, _isalpha))


@str_typedef.method('isalnum', 0)
def descr_isalnum(space, w_self):
    return space.newbool(_all_chars(w_self, _isalnum))


@str_typedef.method('isspace', 0)
def descr_isspace(space, w_self):
    return space.newbool(_all_chars(w_self, _is_space))


def _cased(w_self, upper):
    s = w_self.utf8
    seen = False
    for c in s:
        if _islower(c):
            if upper:
                return False
            seen = True
        elif _isupper(c):
            if not upper:
                return False
            seen = True
    return seen


@str_typedef.method('isupper', 0)
def descr_isupper(space, w_self):
    return space.newbool(_cased(w_self, True))


@str_typedef.method('islower', 0)
def descr_islower(space, w_self):
    return space.newbool(_cased(w_self, False))


@str_typedef.method('encode', 0, 2)
def descr_encode(space, w_self, w_encoding, w_errors):
    if w_encoding is not None and not isinstance(w_encoding, W_Str):
        raise oefmt(space.w_TypeError, "encode() argument 'encoding' must be str")
    if w_errors is not None and not isinstance(w_errors, W_Str):
        raise oefmt(space.w_TypeError, "encode() argument 'errors' must be str")
    return space.newbytes(w_self.utf8)


def _partition(space, w_self, w_sep, reverse):
    sep = unwrap_str(space, w_sep).utf8
    if not sep:
        raise oefmt(space.w_ValueError, "empty separator")
    s = w_self.utf8
    i = s.rfind(sep) if reverse else s.find(sep)
    if i < 0:
        if reverse:
            return space.newtuple([space.newtext(''), space.newtext(''), w_self])
        return space.newtuple([w_self, space.newtext(''), space.newtext('')])
    assert i >= 0
    return space.newtuple([space.newtext(s[:i]), w_sep, space.newtext(s[i + len(sep):])])


@str_typedef.method('partition', 1)
def descr_partition(space, w_self, w_sep):
    return _partition(space, w_self, w_sep, False)


@str_typedef.method('rpartition', 1)
def descr_rpartition(space, w_self, w_sep):
    return _partition(space, w_self, w_sep, True)


def _pad(space, w_self, w_width, w_fill, where):
    width = space.int_w(w_width)
    fill = ' '
    if w_fill is not None:
        w_f = unwrap_str(space, w_fill)
        if w_f.length != 1:
            raise oefmt(space.w_TypeError,
                        "The fill character must be exactly one character long")
        fill = w_f.utf8
    n = width - w_self.length
    if n <= 0:
        return _exact(w_self)
    if where == 0:      # ljust
        left = 0
    elif where == 1:    # rjust
        left = n
    else:               # center, as CPython rounds
        left = n // 2 + (n & width & 1)
    return W_Str(fill * left + w_self.utf8 + fill * (n - left), width)


@str_typedef.method('ljust', 1, 2)
def descr_ljust(space, w_self, w_width, w_fill):
    return _pad(space, w_self, w_width, w_fill, 0)


@str_typedef.method('rjust', 1, 2)
def descr_rjust(space, w_self, w_width, w_fill):
    return _pad(space, w_self, w_width, w_fill, 1)


@str_typedef.method('center', 1, 2)
def descr_center(space, w_self, w_width, w_fill):
    return _pad(space, w_self, w_width, w_fill, 2)


@str_typedef.method('zfill', 1)
def descr_zfill(space, w_self, w_width):
    width = space.int_w(w_width)
    s = w_self.utf8
    n = width - w_self.length
    if n <= 0:
        return _exact(w_self)
    if s and (s[0] == '+' or s[0] == '-'):
        return space.newtext(s[0] + '0' * n + s[1:])
    return space.newtext('0' * n + s)

from interp.objects import str_casemethods     # registers more str methods
