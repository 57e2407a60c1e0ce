# json: JSON encoding and decoding (frozen into micropy).
# The output of dumps() equals CPython's json.dumps() for the same arguments
# (ensure_ascii escaping, float repr, NaN/Infinity, key conversion); errors
# in loads() raise ValueError, as on MicroPython.

_HEX = '0123456789abcdef'
_ESC = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t',
        '\b': '\\b', '\f': '\\f'}
_INF = float('inf')


def _u4(n):
    return ('\\u' + _HEX[(n >> 12) & 15] + _HEX[(n >> 8) & 15] +
            _HEX[(n >> 4) & 15] + _HEX[n & 15])


def _encode_str(s, ensure_ascii=True):
    out = ['"']
    start = 0
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        o = ord(c)
        if o >= 0x20 and o != 0x22 and o != 0x5c and (o < 0x7f or not ensure_ascii):
            i += 1
            continue
        if start < i:
            out.append(s[start:i])
        e = _ESC.get(c)
        if e is not None:
            out.append(e)
        elif o >= 0x10000:
            o -= 0x10000
            out.append(_u4(0xd800 | (o >> 10)))
            out.append(_u4(0xdc00 | (o & 0x3ff)))
        else:
            out.append(_u4(o))
        i += 1
        start = i
    if start < n:
        out.append(s[start:])
    out.append('"')
    return ''.join(out)


def _float_str(f, allow_nan):
    if f != f:
        text = 'NaN'
    elif f == _INF:
        text = 'Infinity'
    elif f == -_INF:
        text = '-Infinity'
    else:
        return float.__repr__(f)
    if not allow_nan:
        raise ValueError('Out of range float values are not JSON compliant')
    return text


class _Encoder:
    def __init__(self, item_sep, key_sep, indent, sort_keys, skipkeys,
                 ensure_ascii, allow_nan, check_circular, default):
        self.item_sep = item_sep
        self.key_sep = key_sep
        self.indent = indent
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.allow_nan = allow_nan
        self.markers = {} if check_circular else None
        self.default = default

    def key(self, k):
        if isinstance(k, str):
            return k
        if isinstance(k, float):
            return _float_str(k, self.allow_nan)
        if k is True:
            return 'true'
        if k is False:
            return 'false'
        if k is None:
            return 'null'
        if isinstance(k, int):
            return int.__repr__(k)
        if self.skipkeys:
            return None
        raise TypeError('keys must be str, int, float, bool or None, not '
                        + type(k).__name__)

    def enter(self, o):
        if self.markers is not None:
            i = id(o)
            if i in self.markers:
                raise ValueError('Circular reference detected')
            self.markers[i] = o
            return i
        return None

    def leave(self, i):
        if i is not None:
            del self.markers[i]

    def enc(self, o, out, level):
        if isinstance(o, str):
            out.append(_encode_str(o, self.ensure_ascii))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(_float_str(o, self.allow_nan))
        elif isinstance(o, (list, tuple)):
            self.enc_list(o, out, level)
        elif isinstance(o, dict):
            self.enc_dict(o, out, level)
        else:
            if self.default is None:
                raise TypeError('Object of type ' + type(o).__name__ +
                                ' is not JSON serializable')
            m = self.enter(o)
            self.enc(self.default(o), out, level)
            self.leave(m)

    def enc_list(self, o, out, level):
        if not o:
            out.append('[]')
            return
        m = self.enter(o)
        out.append('[')
        if self.indent is not None:
            level += 1
            nl = '\n' + self.indent * level
            sep = self.item_sep + nl
            out.append(nl)
        else:
            sep = self.item_sep
        first = True
        for v in o:
            if first:
                first = False
            else:
                out.append(sep)
            self.enc(v, out, level)
        if self.indent is not None:
            level -= 1
            out.append('\n' + self.indent * level)
        out.append(']')
        self.leave(m)

    def enc_dict(self, o, out, level):
        if not o:
            out.append('{}')
            return
        m = self.enter(o)
        out.append('{')
        if self.indent is not None:
            level += 1
            nl = '\n' + self.indent * level
            sep = self.item_sep + nl
            out.append(nl)
        else:
            sep = self.item_sep
        items = list(o.items())
        if self.sort_keys:
            items.sort(key=_first)
        first = True
        for k, v in items:
            k = self.key(k)
            if k is None:
                continue
            if first:
                first = False
            else:
                out.append(sep)
            out.append(_encode_str(k, self.ensure_ascii))
            out.append(self.key_sep)
            self.enc(v, out, level)
        if self.indent is not None:
            level -= 1
            out.append('\n' + self.indent * level)
        out.append('}')
        self.leave(m)


def _first(item):
    return item[0]


def dumps(obj, separators=None, indent=None, sort_keys=False, skipkeys=False,
          ensure_ascii=True, allow_nan=True, check_circular=True,
          default=None):
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent
    if separators is None:
        if indent is None:
            separators = (', ', ': ')
        else:
            separators = (',', ': ')
    item_sep, key_sep = separators
    enc = _Encoder(item_sep, key_sep, indent, sort_keys, skipkeys,
                   ensure_ascii, allow_nan, check_circular, default)
    out = []
    enc.enc(obj, out, 0)
    return ''.join(out)


def dump(obj, fp, separators=None, indent=None, sort_keys=False,
         skipkeys=False, ensure_ascii=True, allow_nan=True,
         check_circular=True, default=None):
    fp.write(dumps(obj, separators=separators, indent=indent,
                   sort_keys=sort_keys, skipkeys=skipkeys,
                   ensure_ascii=ensure_ascii, allow_nan=allow_nan,
                   check_circular=check_circular, default=default))


# ---------------------------------------------------------------- decoding

_WS = ' \t\n\r'
_DIGITS = '0123456789'
_UNESC = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n',
          'r': '\r', 't': '\t'}
_CONSTS = (('NaN', float('nan')), ('Infinity', _INF), ('-Infinity', -_INF))


class _Decoder:
    def __init__(self, s):
        self.s = s
        self.n = len(s)

    def err(self, msg, pos):
        raise ValueError(msg + ': char ' + str(pos))

    def ws(self, i):
        s = self.s
        n = self.n
        while i < n and s[i] in _WS:
            i += 1
        return i

    def value(self, i):
        s = self.s
        if i >= self.n:
            self.err('Expecting value', i)
        c = s[i]
        if c == '"':
            return self.string(i + 1)
        if c == '{':
            return self.obj(i + 1)
        if c == '[':
            return self.arr(i + 1)
        if c == 'n' and s[i:i + 4] == 'null':
            return None, i + 4
        if c == 't' and s[i:i + 4] == 'true':
            return True, i + 4
        if c == 'f' and s[i:i + 5] == 'false':
            return False, i + 5
        if c == '-' or c in _DIGITS:
            r = self.number(i)
            if r is not None:
                return r
        for name, val in _CONSTS:
            if s[i:i + len(name)] == name:
                return val, i + len(name)
        self.err('Expecting value', i)

    def number(self, i):
        s = self.s
        n = self.n
        start = i
        if s[i] == '-':
            i += 1
            if i >= n or s[i] not in _DIGITS:
                return None
        if s[i] == '0':
            i += 1
        else:
            while i < n and s[i] in _DIGITS:
                i += 1
        is_float = False
        if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
            is_float = True
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
        if i < n and (s[i] == 'e' or s[i] == 'E'):
            j = i + 1
            if j < n and (s[j] == '+' or s[j] == '-'):
                j += 1
            if j < n and s[j] in _DIGITS:
                while j < n and s[j] in _DIGITS:
                    j += 1
                is_float = True
                i = j
        text = s[start:i]
        if is_float:
            return float(text), i
        return int(text), i

    def string(self, i):
        s = self.s
        n = self.n
        begin = i - 1
        chunks = []
        while True:
            start = i
            while i < n:
                c = s[i]
                if c == '"' or c == '\\' or ord(c) < 0x20:
                    break
                i += 1
            if i >= n:
                self.err('Unterminated string starting at', begin)
            if start < i:
                chunks.append(s[start:i])
            c = s[i]
            if c == '"':
                return ''.join(chunks), i + 1
            if c != '\\':
                self.err('Invalid control character at', i)
            i += 1
            if i >= n:
                self.err('Unterminated string starting at', begin)
            c = s[i]
            if c != 'u':
                e = _UNESC.get(c)
                if e is None:
                    self.err('Invalid \\escape', i - 1)
                chunks.append(e)
                i += 1
                continue
            u = self.hex4(i + 1)
            i += 5
            if 0xd800 <= u <= 0xdbff and s[i:i + 2] == '\\u':
                u2 = self.hex4(i + 2)
                if 0xdc00 <= u2 <= 0xdfff:
                    u = 0x10000 + (((u - 0xd800) << 10) | (u2 - 0xdc00))
                    i += 6
            chunks.append(chr(u))

    def hex4(self, i):
        h = self.s[i:i + 4]
        if len(h) != 4:
            self.err('Invalid \\uXXXX escape', i - 1)
        v = 0
        for c in h:
            d = _HEX.find(c.lower())
            if d < 0 or c in 'xX':
                self.err('Invalid \\uXXXX escape', i - 1)
            v = v * 16 + d
        return v

    def arr(self, i):
        s = self.s
        result = []
        i = self.ws(i)
        if i < self.n and s[i] == ']':
            return result, i + 1
        while True:
            v, i = self.value(i)
            result.append(v)
            i = self.ws(i)
            if i < self.n:
                c = s[i]
                if c == ']':
                    return result, i + 1
                if c == ',':
                    i = self.ws(i + 1)
                    continue
            self.err("Expecting ',' delimiter", i)

    def obj(self, i):
        s = self.s
        result = {}
        i = self.ws(i)
        if i < self.n and s[i] == '}':
            return result, i + 1
        while True:
            if i >= self.n or s[i] != '"':
                self.err('Expecting property name enclosed in double quotes', i)
            k, i = self.string(i + 1)
            i = self.ws(i)
            if i >= self.n or s[i] != ':':
                self.err("Expecting ':' delimiter", i)
            i = self.ws(i + 1)
            v, i = self.value(i)
            result[k] = v
            i = self.ws(i)
            if i < self.n:
                c = s[i]
                if c == '}':
                    return result, i + 1
                if c == ',':
                    i = self.ws(i + 1)
                    continue
            self.err("Expecting ',' delimiter", i)


def loads(s):
    if isinstance(s, (bytes, bytearray)):
        s = str(bytes(s), 'utf-8')
    elif not isinstance(s, str):
        raise TypeError('the JSON object must be str, bytes or bytearray, '
                        'not ' + type(s).__name__)
    d = _Decoder(s)
    i = d.ws(0)
    v, i = d.value(i)
    i = d.ws(i)
    if i != d.n:
        d.err('Extra data', i)
    return v


def load(fp):
    return loads(fp.read())
