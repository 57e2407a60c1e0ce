"""The str methods CPython has beyond MicroPython's set: capitalize, title,
swapcase, casefold, expandtabs, the remaining is*() predicates and
removeprefix/removesuffix.  Case mapping is ASCII-only, as MicroPython's
upper()/lower() are."""
from rpython.rlib.rstring import StringBuilder
from interp.objects.strobject import str_typedef, W_Str, _all_chars, _isdigit


def _is_upper(c):
    return 'A' <= c <= 'Z'


def _is_lower(c):
    return 'a' <= c <= 'z'


def _to_upper(c):
    if _is_lower(c):
        return chr(ord(c) - 32)
    return c


def _to_lower(c):
    if _is_upper(c):
        return chr(ord(c) + 32)
    return c


def _is_cased(c):
    return _is_upper(c) or _is_lower(c)


@str_typedef.method('capitalize', 0)
def descr_capitalize(space, w_self):
    s = w_self.utf8
    b = StringBuilder(len(s))
    for i in range(len(s)):
        if i == 0:
            b.append(_to_upper(s[i]))
        else:
            b.append(_to_lower(s[i]))
    return W_Str(b.build(), w_self.length)


@str_typedef.method('title', 0)
def descr_title(space, w_self):
    s = w_self.utf8
    b = StringBuilder(len(s))
    prev_cased = False
    for c in s:
        if prev_cased:
            b.append(_to_lower(c))
        else:
            b.append(_to_upper(c))
        prev_cased = _is_cased(c)
    return W_Str(b.build(), w_self.length)


@str_typedef.method('swapcase', 0)
def descr_swapcase(space, w_self):
    s = w_self.utf8
    b = StringBuilder(len(s))
    for c in s:
        if _is_upper(c):
            b.append(_to_lower(c))
        else:
            b.append(_to_upper(c))
    return W_Str(b.build(), w_self.length)


@str_typedef.method('casefold', 0)
def descr_casefold(space, w_self):
    s = w_self.utf8
    b = StringBuilder(len(s))
    for c in s:
        b.append(_to_lower(c))
    return W_Str(b.build(), w_self.length)


@str_typedef.method('istitle', 0)
def descr_istitle(space, w_self):
    prev_cased = False
    seen = False
    for c in w_self.utf8:
        if _is_upper(c):
            if prev_cased:
                return space.w_False
            prev_cased = True
            seen = True
        elif _is_lower(c):
            if not prev_cased:
                return space.w_False
            prev_cased = True
            seen = True
        else:
            prev_cased = False
    return space.newbool(seen)


def _is_ident_char(c):
    return _is_cased(c) or _isdigit(c) or c == '_' or ord(c) >= 0x80


def _is_printable(c):
    return ord(c) >= 0x20 and ord(c) != 0x7f


@str_typedef.method('isdecimal', 0)
def descr_isdecimal(space, w_self):
    return space.newbool(_all_chars(w_self, _isdigit))


@str_typedef.method('isnumeric', 0)
def descr_isnumeric(space, w_self):
    return space.newbool(_all_chars(w_self, _isdigit))


@str_typedef.method('isidentifier', 0)
def descr_isidentifier(space, w_self):
    return space.newbool(_all_chars(w_self, _is_ident_char) and
                         not _isdigit(w_self.utf8[0]))


@str_typedef.method('isprintable', 0)
def descr_isprintable(space, w_self):
    for c in w_self.utf8:
        if not _is_printable(c):
            return space.w_False
    return space.w_True


@str_typedef.method('isascii', 0)
def descr_isascii(space, w_self):
    for c in w_self.utf8:
        if ord(c) >= 0x80:
            return space.w_False
    return space.w_True


@str_typedef.method('expandtabs', 0, 1)
def descr_expandtabs(space, w_self, w_tabsize):
    tabsize = 8 if w_tabsize is None else space.int_w(w_tabsize)
    s = w_self.utf8
    b = StringBuilder(len(s))
    col = 0
    length = 0
    for c in s:
        if c == '\t':
            if tabsize > 0:
                n = tabsize - col % tabsize
                b.append_multiple_char(' ', n)
                col += n
                length += n
        elif c == '\n' or c == '\r':
            b.append(c)
            col = 0
            length += 1
        else:
            b.append(c)
            if not (0x80 <= ord(c) < 0xc0):     # not a UTF-8 continuation byte
                col += 1
                length += 1
    return W_Str(b.build(), length)


@str_typedef.method('removeprefix', 1)
def descr_removeprefix(space, w_self, w_prefix):
    p = space.text_w(w_prefix)
    s = w_self.utf8
    if p and s.startswith(p):
        return space.newtext(s[len(p):])
    return space.newtext(s)


@str_typedef.method('removesuffix', 1)
def descr_removesuffix(space, w_self, w_suffix):
    p = space.text_w(w_suffix)
    s = w_self.utf8
    if p and s.endswith(p):
        end = len(s) - len(p)
        assert end >= 0
        return space.newtext(s[:end])
    return space.newtext(s)
