"""Small UTF-8 helpers: str values are kept as UTF-8 bytes plus a code point count."""


def codepoints_in(s):
    n = 0
    for c in s:
        if (ord(c) & 0xC0) != 0x80:
            n += 1
    return n


def encode_codepoint(cp):
    if cp < 0x80:
        return chr(cp)
    elif cp < 0x800:
        return chr(0xC0 | (cp >> 6)) + chr(0x80 | (cp & 0x3F))
    elif cp < 0x10000:
        return (chr(0xE0 | (cp >> 12)) + chr(0x80 | ((cp >> 6) & 0x3F)) +
                chr(0x80 | (cp & 0x3F)))
    else:
        return (chr(0xF0 | (cp >> 18)) + chr(0x80 | ((cp >> 12) & 0x3F)) +
                chr(0x80 | ((cp >> 6) & 0x3F)) + chr(0x80 | (cp & 0x3F)))


def char_len_at(s, pos):
    """Byte length of the code point starting at s[pos]."""
    c = ord(s[pos])
    if c < 0x80:
        return 1
    elif c < 0xE0:
        return 2
    elif c < 0xF0:
        return 3
    return 4


def decode_at(s, pos):
    c = ord(s[pos])
    if c < 0x80:
        return c
    elif c < 0xE0:
        return ((c & 0x1F) << 6) | (ord(s[pos + 1]) & 0x3F)
    elif c < 0xF0:
        return (((c & 0x0F) << 12) | ((ord(s[pos + 1]) & 0x3F) << 6) |
                (ord(s[pos + 2]) & 0x3F))
    return (((c & 0x07) << 18) | ((ord(s[pos + 1]) & 0x3F) << 12) |
            ((ord(s[pos + 2]) & 0x3F) << 6) | (ord(s[pos + 3]) & 0x3F))


def byte_offset(s, index):
    """Byte offset of code point number `index` (0 <= index <= length)."""
    pos = 0
    n = len(s)
    while index > 0 and pos < n:
        pos += char_len_at(s, pos)
        index -= 1
    return pos


def check_utf8(s):
    """Return -1 if s is valid UTF-8, else the offset of the first bad byte."""
    i = 0
    n = len(s)
    while i < n:
        c = ord(s[i])
        if c < 0x80:
            i += 1
            continue
        if c < 0xC2:
            return i
        if c < 0xE0:
            k = 1
        elif c < 0xF0:
            k = 2
        elif c < 0xF5:
            k = 3
        else:
            return i
        for j in range(1, k + 1):
            if i + j >= n or (ord(s[i + j]) & 0xC0) != 0x80:
                return i
        i += k + 1
    return -1
