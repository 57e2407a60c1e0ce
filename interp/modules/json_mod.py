"""json: JSON encoding and decoding, written in RPython (it replaces the
Python-written lib/json.py and behaves as it did).  The output of dumps()
equals CPython's json.dumps() for the same arguments (ensure_ascii escaping,
float repr, NaN/Infinity, key conversion); errors in loads() raise
ValueError ('<what>: char N', N counting code points), as on MicroPython.

Both directions work on the UTF-8 text of str values with an index, and
build their results with a StringBuilder.  They loop on data, so the JIT
calls them rather than tracing them (dont_look_inside on the entry points).
Nesting deeper than sys's recursion limit raises RuntimeError ('maximum
recursion depth exceeded'), as the Python version did."""
from rpython.rlib import jit
from rpython.rlib.rstring import StringBuilder
from rpython.rlib.rfloat import string_to_float, INFINITY, NAN
from rpython.rlib.listsort import make_timsort_class
from rpython.rlib.rarithmetic import LONG_BIT
from interp.objects.funcobject import W_BuiltinFunction
from interp.objects.moduleobject import W_Module
from interp.objects.strobject import W_Str, decode_utf8
from interp.objects.bytesobject import W_Bytes
from interp.objects.bytearrayobject import W_ByteArray
from interp.fstring import hex_value
from interp.objects.intobject import W_Int, W_Long, parse_int
from interp.objects.floatobject import W_Float, float_repr
from interp.objects.listobject import W_List
from interp.objects.listsort import SortItem, ItemSort
from interp.objects.tupleobject import W_Tuple
from interp.objects.dictobject import W_Dict
from interp.error import oefmt
from interp import utf8

HEX = '0123456789abcdef'
MAX_DIGITS = 18 if LONG_BIT == 64 else 9     # decimal digits that fit a machine int


# ____________________________________________________________
# arguments: positional in the order of `names` or by keyword

def parse_args(space, args, fname, names, nreq):
    n = args.npos()
    if n > len(names):
        raise oefmt(space.w_TypeError, "%s() takes at most %d positional arguments "
                    "(%d given)" % (fname, len(names), n))
    res = [None] * len(names)
    for i in range(n):
        res[i] = args.args_w[i]
    kw_names = args.kw_names
    if kw_names is not None:
        for k in range(len(kw_names)):
            name = kw_names[k]
            idx = -1
            for j in range(len(names)):
                if names[j] == name:
                    idx = j
                    break
            if idx < 0:
                raise oefmt(space.w_TypeError, "%s() got an unexpected keyword "
                            "argument '%s'" % (fname, name))
            if res[idx] is not None:
                raise oefmt(space.w_TypeError, "%s() got multiple values for "
                            "argument '%s'" % (fname, name))
            res[idx] = args.kw_values_w[k]
    for i in range(nreq):
        if res[i] is None:
            raise oefmt(space.w_TypeError, "%s() missing required argument '%s'"
                        % (fname, names[i]))
    return res


# ____________________________________________________________
# encoding

def append_u4(b, n):
    b.append('\\u')
    b.append(HEX[(n >> 12) & 15])
    b.append(HEX[(n >> 8) & 15])
    b.append(HEX[(n >> 4) & 15])
    b.append(HEX[n & 15])


def encode_str(b, s, ensure_ascii):
    """Append the JSON literal of the UTF-8 text s to the builder b."""
    b.append('"')
    start = 0
    i = 0
    n = len(s)
    while i < n:
        o = ord(s[i])
        if o >= 0x20 and o != 0x22 and o != 0x5c and (o < 0x7f or not ensure_ascii):
            i += 1
            continue
        if start < i:
            b.append_slice(s, start, i)
        if o < 0x80:
            if o == 0x22:
                b.append('\\"')
            elif o == 0x5c:
                b.append('\\\\')
            elif o == 0x0a:
                b.append('\\n')
            elif o == 0x0d:
                b.append('\\r')
            elif o == 0x09:
                b.append('\\t')
            elif o == 0x08:
                b.append('\\b')
            elif o == 0x0c:
                b.append('\\f')
            else:
                append_u4(b, o)
            i += 1
        else:
            cp = utf8.decode_at(s, i)
            i += utf8.char_len_at(s, i)
            if cp >= 0x10000:
                cp -= 0x10000
                append_u4(b, 0xd800 | (cp >> 10))
                append_u4(b, 0xdc00 | (cp & 0x3ff))
            else:
                append_u4(b, cp)
        start = i
    if start < n:
        b.append_slice(s, start, n)
    b.append('"')


def float_str(space, f, allow_nan):
    if f != f:
        text = 'NaN'
    elif f == INFINITY:
        text = 'Infinity'
    elif f == -INFINITY:
        text = '-Infinity'
    else:
        return float_repr(f)
    if not allow_nan:
        raise oefmt(space.w_ValueError, "Out of range float values are not JSON compliant")
    return text


def _first_lt(a, b):
    return a[0] < b[0]


# sorts (key, w_value) pairs by key: UTF-8 byte order is code point order
StrItemSort = make_timsort_class(lt=_first_lt)


class Encoder(object):
    def __init__(self, space, item_sep, key_sep, indent, sort_keys, skipkeys,
                 ensure_ascii, allow_nan, check_circular, w_default):
        self.space = space
        self.b = StringBuilder()
        self.item_sep = item_sep
        self.key_sep = key_sep
        self.indent = indent            # None: everything on one line
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.allow_nan = allow_nan
        self.check_circular = check_circular
        self.w_default = w_default      # None if not given
        self.markers = []               # the containers being encoded
        self.depth = 0
        self.limit = space.recursion_limit

    def enter(self, w_o):
        self.depth += 1
        if self.depth > self.limit:
            raise oefmt(self.space.w_RuntimeError, "maximum recursion depth exceeded")
        if self.check_circular:
            for w_m in self.markers:
                if w_m is w_o:
                    raise oefmt(self.space.w_ValueError, "Circular reference detected")
            self.markers.append(w_o)

    def leave(self):
        self.depth -= 1
        if self.check_circular:
            self.markers.pop()

    def key(self, w_k):
        """The text of a dict key, or None to skip it."""
        space = self.space
        if isinstance(w_k, W_Str):
            return w_k.utf8
        if isinstance(w_k, W_Float):
            return float_str(space, w_k.floatval, self.allow_nan)
        if w_k is space.w_True:
            return 'true'
        if w_k is space.w_False:
            return 'false'
        if w_k is space.w_None:
            return 'null'
        if isinstance(w_k, W_Int):
            return str(w_k.intval)
        if isinstance(w_k, W_Long):
            return w_k.bigint.str()
        if self.skipkeys:
            return None
        raise oefmt(space.w_TypeError, "keys must be str, int, float, bool or None, "
                    "not %s" % space.type_name(w_k))

    def enc(self, w_o, level):
        space = self.space
        b = self.b
        if isinstance(w_o, W_Str):
            encode_str(b, w_o.utf8, self.ensure_ascii)
        elif w_o is space.w_None:
            b.append('null')
        elif w_o is space.w_True:
            b.append('true')
        elif w_o is space.w_False:
            b.append('false')
        elif isinstance(w_o, W_Int):
            b.append(str(w_o.intval))
        elif isinstance(w_o, W_Long):
            b.append(w_o.bigint.str())
        elif isinstance(w_o, W_Float):
            b.append(float_str(space, w_o.floatval, self.allow_nan))
        elif isinstance(w_o, W_List) or isinstance(w_o, W_Tuple):
            self.enc_list(w_o, level)
        elif isinstance(w_o, W_Dict):
            self.enc_dict(w_o, level)
        else:
            if self.w_default is None:
                raise oefmt(space.w_TypeError, "Object of type %s is not JSON "
                            "serializable" % space.type_name(w_o))
            self.enter(w_o)
            self.enc(space.call_function(self.w_default, [w_o]), level)
            self.leave()

    def newline(self, level):
        self.b.append('\n')
        indent = self.indent
        if indent is not None and indent:
            for i in range(level):
                self.b.append(indent)

    def enc_list(self, w_o, level):
        space = self.space
        b = self.b
        if type(w_o) is W_List:
            assert isinstance(w_o, W_List)
            empty = len(w_o.items_w) == 0
        elif type(w_o) is W_Tuple:
            assert isinstance(w_o, W_Tuple)
            empty = len(w_o.items_w) == 0
        else:
            empty = not space.is_true(w_o)
        if empty:
            b.append('[]')
            return
        self.enter(w_o)
        b.append('[')
        if self.indent is not None:
            level += 1
            self.newline(level)
        if type(w_o) is W_List:
            assert isinstance(w_o, W_List)
            i = 0
            while i < len(w_o.items_w):     # live, as `for v in o` is
                if i > 0:
                    self.item_separator(level)
                self.enc(w_o.items_w[i], level)
                i += 1
        elif type(w_o) is W_Tuple:
            assert isinstance(w_o, W_Tuple)
            items_w = w_o.items_w
            for i in range(len(items_w)):
                if i > 0:
                    self.item_separator(level)
                self.enc(items_w[i], level)
        else:
            w_iter = space.iter(w_o)
            first = True
            while True:
                w_v = space.next(w_iter)
                if w_v is None:
                    break
                if first:
                    first = False
                else:
                    self.item_separator(level)
                self.enc(w_v, level)
        if self.indent is not None:
            level -= 1
            self.newline(level)
        b.append(']')
        self.leave()

    def item_separator(self, level):
        self.b.append(self.item_sep)
        if self.indent is not None:
            self.newline(level)

    def enc_dict(self, w_o, level):
        space = self.space
        b = self.b
        exact = type(w_o) is W_Dict
        if exact:
            empty = w_o.length() == 0
        else:
            empty = not space.is_true(w_o)
        if empty:
            b.append('{}')
            return
        self.enter(w_o)
        b.append('{')
        if self.indent is not None:
            level += 1
            self.newline(level)
        if exact and w_o.rdict is None:
            self.enc_str_items(w_o, level)
        else:
            self.enc_items(self.get_items(w_o), level)
        if self.indent is not None:
            level -= 1
            self.newline(level)
        b.append('}')
        self.leave()

    def enc_str_items(self, w_o, level):
        """The items of an exact dict whose keys are all exact str."""
        items = w_o.strdict.items()
        if self.sort_keys:
            StrItemSort(items).sort()
        first = True
        for key, w_v in items:
            if first:
                first = False
            else:
                self.item_separator(level)
            encode_str(self.b, key, self.ensure_ascii)
            self.b.append(self.key_sep)
            self.enc(w_v, level)

    def get_items(self, w_o):
        """[SortItem(w_key, w_value)] of a dict (a subclass's items())."""
        space = self.space
        res = []
        if type(w_o) is W_Dict:
            for w_k, w_v in w_o.items_w(space):
                res.append(SortItem(w_k, w_v))
            return res
        w_items = space.call_method(w_o, 'items', [])
        w_iter = space.iter(w_items)
        while True:
            w_item = space.next(w_iter)
            if w_item is None:
                break
            pair = space.unpack_iterable(w_item)
            if len(pair) != 2:
                raise oefmt(space.w_ValueError, "need 2 values to unpack, got %d"
                            % len(pair))
            res.append(SortItem(pair[0], pair[1]))
        return res

    def enc_items(self, items, level):
        if self.sort_keys:
            ItemSort(items, self.space).sort()
        first = True
        for item in items:
            key = self.key(item.w_key)
            if key is None:
                continue
            if first:
                first = False
            else:
                self.item_separator(level)
            encode_str(self.b, key, self.ensure_ascii)
            self.b.append(self.key_sep)
            self.enc(item.w_value, level)


DUMPS_ARGS = ['obj', 'separators', 'indent', 'sort_keys', 'skipkeys',
              'ensure_ascii', 'allow_nan', 'check_circular', 'default']
DUMP_ARGS = ['obj', 'fp', 'separators', 'indent', 'sort_keys', 'skipkeys',
             'ensure_ascii', 'allow_nan', 'check_circular', 'default']


def _flag(space, w_x, default):
    if w_x is None:
        return default
    return space.is_true(w_x)


def dumps_text(space, w_obj, w_separators, w_indent, w_sort_keys, w_skipkeys,
               w_ensure_ascii, w_allow_nan, w_check_circular, w_default):
    indent = None
    if w_indent is not None and w_indent is not space.w_None:
        if isinstance(w_indent, W_Str):
            indent = w_indent.utf8
        else:
            if not space.is_index(w_indent):
                raise oefmt(space.w_TypeError, "can't multiply sequence by non-int "
                            "of type '%s'" % space.type_name(w_indent))
            n = space.int_w(w_indent)
            indent = ' ' * n if n > 0 else ''
    if w_separators is None or w_separators is space.w_None:
        if indent is None:
            item_sep = ', '
        else:
            item_sep = ','
        key_sep = ': '
    else:
        seps_w = space.unpack_iterable(w_separators)
        if len(seps_w) != 2:
            raise oefmt(space.w_ValueError, "need 2 values to unpack, got %d"
                        % len(seps_w))
        item_sep = space.text_w(seps_w[0])
        key_sep = space.text_w(seps_w[1])
    if w_default is not None and w_default is space.w_None:
        w_default = None
    enc = Encoder(space, item_sep, key_sep, indent,
                  _flag(space, w_sort_keys, False), _flag(space, w_skipkeys, False),
                  _flag(space, w_ensure_ascii, True), _flag(space, w_allow_nan, True),
                  _flag(space, w_check_circular, True), w_default)
    enc.enc(w_obj, 0)
    return space.newtext(enc.b.build())


@jit.dont_look_inside
def json_dumps(space, args):
    a = parse_args(space, args, 'dumps', DUMPS_ARGS, 1)
    return dumps_text(space, a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8])


@jit.dont_look_inside
def json_dump(space, args):
    a = parse_args(space, args, 'dump', DUMP_ARGS, 2)
    w_text = dumps_text(space, a[0], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9])
    space.call_method(a[1], 'write', [w_text])
    return space.w_None


# ____________________________________________________________
# decoding

def is_ws(c):
    return c == ' ' or c == '\t' or c == '\n' or c == '\r'


def is_digit(c):
    return '0' <= c <= '9'


class Decoder(object):
    def __init__(self, space, s):
        self.space = space
        self.s = s
        self.n = len(s)
        self.pos = 0            # where the last value parsed ended
        self.slen = 0           # code points in the last string parsed
        self.depth = 0
        self.limit = space.recursion_limit
        # object keys seen so far, so that the many dicts of a document
        # with the same keys share one string per key (as CPython's memo)
        self.keys = {}

    def err(self, msg, pos):
        """ValueError at byte offset pos (reported as a code point index)."""
        s = self.s
        if pos > self.n:
            pos = self.n
        assert pos >= 0
        return oefmt(self.space.w_ValueError, "%s: char %d"
                    % (msg, utf8.codepoints_in(s[:pos])))

    def skip_ws(self, i):
        s = self.s
        n = self.n
        while i < n and is_ws(s[i]):
            i += 1
        return i

    def match(self, i, word):
        if i + len(word) > self.n:
            return False
        s = self.s
        for k in range(len(word)):
            if s[i + k] != word[k]:
                return False
        return True

    def value(self, i):
        """The value starting at i; self.pos is set to its end."""
        space = self.space
        s = self.s
        if i >= self.n:
            raise self.err('Expecting value', i)
        c = s[i]
        if c == '"':
            text = self.string(i + 1)
            return space.newtext_len(text, self.slen)
        if c == '{':
            return self.obj(i + 1)
        if c == '[':
            return self.arr(i + 1)
        if c == 'n' and self.match(i, 'null'):
            self.pos = i + 4
            return space.w_None
        if c == 't' and self.match(i, 'true'):
            self.pos = i + 4
            return space.w_True
        if c == 'f' and self.match(i, 'false'):
            self.pos = i + 5
            return space.w_False
        if c == '-' or is_digit(c):
            w_num = self.number(i)
            if w_num is not None:
                return w_num
        if self.match(i, 'NaN'):
            self.pos = i + 3
            return space.newfloat(NAN)
        if self.match(i, 'Infinity'):
            self.pos = i + 8
            return space.newfloat(INFINITY)
        if self.match(i, '-Infinity'):
            self.pos = i + 9
            return space.newfloat(-INFINITY)
        raise self.err('Expecting value', i)

    def number(self, i):
        """An int or float at i, or None if there is no number there."""
        space = self.space
        s = self.s
        n = self.n
        start = i
        neg = False
        if s[i] == '-':
            neg = True
            i += 1
            if i >= n or not is_digit(s[i]):
                return None
        value = 0
        digits_start = i
        if s[i] == '0':
            i += 1
        else:
            while i < n and is_digit(s[i]):
                if i - digits_start < MAX_DIGITS:
                    value = value * 10 + (ord(s[i]) - ord('0'))
                i += 1
        ndigits = i - digits_start
        is_float = False
        if i + 1 < n and s[i] == '.' and is_digit(s[i + 1]):
            is_float = True
            i += 2
            while i < n and is_digit(s[i]):
                i += 1
        if i < n and (s[i] == 'e' or s[i] == 'E'):
            j = i + 1
            if j < n and (s[j] == '+' or s[j] == '-'):
                j += 1
            if j < n and is_digit(s[j]):
                while j < n and is_digit(s[j]):
                    j += 1
                is_float = True
                i = j
        self.pos = i
        if is_float:
            return space.newfloat(string_to_float(s[start:i]))
        if ndigits <= MAX_DIGITS:
            if neg:
                value = -value
            return space.newint(value)
        return parse_int(space, s[start:i], 10)

    def string(self, i):
        """The text of the string whose body starts at i (after the quote);
        self.pos is set after the closing quote, self.slen to its length."""
        s = self.s
        n = self.n
        begin = i - 1
        start = i
        length = 0
        # fast path: no escapes
        while i < n:
            o = ord(s[i])
            if o == 0x22:
                self.pos = i + 1
                self.slen = length
                return s[start:i]
            if o == 0x5c or o < 0x20:
                break
            if (o & 0xc0) != 0x80:
                length += 1
            i += 1
        b = StringBuilder(i - start + 16)
        b.append_slice(s, start, i)
        while True:
            start = i
            while i < n:
                o = ord(s[i])
                if o == 0x22 or o == 0x5c or o < 0x20:
                    break
                if (o & 0xc0) != 0x80:
                    length += 1
                i += 1
            if i >= n:
                raise self.err('Unterminated string starting at', begin)
            if start < i:
                b.append_slice(s, start, i)
            c = s[i]
            if c == '"':
                self.pos = i + 1
                self.slen = length
                return b.build()
            if c != '\\':
                raise self.err('Invalid control character at', i)
            i += 1
            if i >= n:
                raise self.err('Unterminated string starting at', begin)
            c = s[i]
            length += 1
            if c != 'u':
                if c == '"':
                    b.append('"')
                elif c == '\\':
                    b.append('\\')
                elif c == '/':
                    b.append('/')
                elif c == 'b':
                    b.append('\b')
                elif c == 'f':
                    b.append('\f')
                elif c == 'n':
                    b.append('\n')
                elif c == 'r':
                    b.append('\r')
                elif c == 't':
                    b.append('\t')
                else:
                    raise self.err('Invalid \\escape', i - 1)
                i += 1
                continue
            u = self.hex4(i + 1)
            i += 5
            if 0xd800 <= u <= 0xdbff and self.match(i, '\\u'):
                u2 = self.hex4(i + 2)
                if 0xdc00 <= u2 <= 0xdfff:
                    u = 0x10000 + (((u - 0xd800) << 10) | (u2 - 0xdc00))
                    i += 6
            b.append(utf8.encode_codepoint(u))

    def hex4(self, i):
        s = self.s
        if i + 4 > self.n:
            raise self.err('Invalid \\uXXXX escape', i - 1)
        v = 0
        for k in range(4):
            d = hex_value(s[i + k])
            if d < 0:
                raise self.err('Invalid \\uXXXX escape', i - 1)
            v = v * 16 + d
        return v

    def enter(self):
        self.depth += 1
        if self.depth > self.limit:
            raise oefmt(self.space.w_RuntimeError, "maximum recursion depth exceeded")

    def arr(self, i):
        self.enter()
        s = self.s
        items_w = []
        i = self.skip_ws(i)
        if i < self.n and s[i] == ']':
            self.pos = i + 1
            self.depth -= 1
            return self.space.newlist(items_w)
        while True:
            items_w.append(self.value(i))
            i = self.skip_ws(self.pos)
            if i < self.n:
                c = s[i]
                if c == ']':
                    self.pos = i + 1
                    self.depth -= 1
                    return self.space.newlist(items_w)
                if c == ',':
                    i = self.skip_ws(i + 1)
                    continue
            raise self.err("Expecting ',' delimiter", i)

    def memo_key(self, key):
        shared = self.keys.get(key, None)
        if shared is None:
            self.keys[key] = key
            return key
        return shared

    def obj(self, i):
        self.enter()
        s = self.s
        w_d = self.space.newdict()
        i = self.skip_ws(i)
        if i < self.n and s[i] == '}':
            self.pos = i + 1
            self.depth -= 1
            return w_d
        while True:
            if i >= self.n or s[i] != '"':
                raise self.err('Expecting property name enclosed in double quotes', i)
            key = self.memo_key(self.string(i + 1))
            i = self.skip_ws(self.pos)
            if i >= self.n or s[i] != ':':
                raise self.err("Expecting ':' delimiter", i)
            i = self.skip_ws(i + 1)
            w_v = self.value(i)
            w_d.setitem_str(key, w_v)
            i = self.skip_ws(self.pos)
            if i < self.n:
                c = s[i]
                if c == '}':
                    self.pos = i + 1
                    self.depth -= 1
                    return w_d
                if c == ',':
                    i = self.skip_ws(i + 1)
                    continue
            raise self.err("Expecting ',' delimiter", i)


def loads_w(space, w_s):
    if isinstance(w_s, W_Bytes) or isinstance(w_s, W_ByteArray):
        w_s = decode_utf8(space, space.bytes_w(w_s))
    elif not isinstance(w_s, W_Str):
        raise oefmt(space.w_TypeError, "the JSON object must be str, bytes or "
                    "bytearray, not %s" % space.type_name(w_s))
    assert isinstance(w_s, W_Str)
    d = Decoder(space, w_s.utf8)
    i = d.skip_ws(0)
    w_v = d.value(i)
    i = d.skip_ws(d.pos)
    if i != d.n:
        raise d.err('Extra data', i)
    return w_v


@jit.dont_look_inside
def json_loads(space, args):
    a = parse_args(space, args, 'loads', ['s'], 1)
    return loads_w(space, a[0])


@jit.dont_look_inside
def json_load(space, args):
    a = parse_args(space, args, 'load', ['fp'], 1)
    return loads_w(space, space.call_method(a[0], 'read', []))


def make_module(space):
    w_mod = W_Module(space, 'json')
    d = w_mod.w_dict
    for name, func in [('dumps', json_dumps), ('dump', json_dump),
                       ('loads', json_loads), ('load', json_load)]:
        d.setitem_str(name, W_BuiltinFunction(name, func))
    return w_mod
