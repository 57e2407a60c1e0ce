# uctypes: access binary data structures with C-like layouts (MicroPython's
# module, frozen into micropy).
#
# The API and the numeric encodings of every constant are MicroPython's, so
# descriptors written for MicroPython work unchanged:
#   scalar      "f": UINT32 | 4                      (type ORed with offset)
#   bitfield    "b": BFUINT16 | 0 | 3 << BF_POS | 4 << BF_LEN
#   struct      "s": (8, {...})
#   pointer     "p": (PTR | 0, UINT8)  or  (PTR | 0, {...})
#   array       "a": (ARRAY | 0, UINT8 | 16)  or  (ARRAY | 0, 4, {...})
# struct(addr, descriptor, layout_type=NATIVE), sizeof(struct_or_descriptor,
# layout_type=NATIVE), addressof(obj), bytes_at(addr, size),
# bytearray_at(addr, size).  NATIVE is x86-64: little endian, pointers of 8
# bytes, the size of a structure rounded up to its largest field.
#
# Differences from MicroPython (a PC has no raw memory to touch, and micropy's
# objects move in memory):
# - Addresses are not machine addresses.  addressof(obj) (obj: bytearray,
#   bytes, memoryview, array, or a uctypes struct) gives obj a range of fake
#   addresses (from 0x10000000 on, 4096-aligned, separate ranges for separate
#   objects, always the same range for the same object; a memoryview of
#   another object gets that object's address plus its offset when the
#   offset can be found, else a range of its own).  An object given an
#   address stays alive for the rest of the run.
# - struct(), bytes_at(), bytearray_at() and pointer dereferences only reach
#   memory inside those ranges: addr + offset works as C pointer arithmetic
#   does, but an address outside every registered buffer (or beyond the
#   current end of its buffer) raises ValueError.  Writes into a bytes object
#   raise TypeError (bytes are immutable here).
# - bytearray_at(), and fields that are arrays of UINT8, give a memoryview
#   slice of the underlying buffer (it aliases the memory: writes go through)
#   instead of a bytearray.
# - A field that is not in the descriptor raises an exception that is both an
#   AttributeError and a KeyError (MicroPython raises KeyError).
# - Signed bitfields (BFINT*) are sign-extended when read; pointer fields may
#   be assigned an int address (older MicroPython allowed this) and p[i] = v
#   stores through a pointer to scalars; negative array indexes raise
#   IndexError.
# - Struct objects do not provide the buffer protocol: use
#   bytes_at(addressof(s), sizeof(s)) (they define __bytes__, which bytes()
#   uses where it honours __bytes__).  As in MicroPython, they have no len();
#   arrays iterate through indexing, up to their declared length.

import struct as _st

LITTLE_ENDIAN = 0
BIG_ENDIAN = 1
NATIVE = 2

_VAL_TYPE_BITS = 4
_AGG_TYPE_BITS = 2
_OFFSET_BITS = 17
_BF_OFF_BITS = 5

# value types
_UINT8 = 0
_INT8 = 1
_UINT16 = 2
_INT16 = 3
_UINT32 = 4
_INT32 = 5
_UINT64 = 6
_INT64 = 7
_BFUINT8 = 8
_BFINT8 = 9
_BFUINT16 = 10
_BFINT16 = 11
_BFUINT32 = 12
_BFINT32 = 13
_FLOAT32 = 14
_FLOAT64 = 15
# aggregate types
_STRUCT = 0
_PTR = 1
_ARRAY = 2

_PTR_SIZE = 8


def _type2int(x, nbits):
    # MicroPython's encoding: the type in the top bits of a 31-bit small int
    # (computed on a 32-bit C int, so the top types are negative numbers)
    v = (x << (32 - nbits)) & 0xFFFFFFFF
    if v & 0x80000000:
        v -= 0x100000000
    return v >> 1


VOID = _type2int(_UINT8, 4)
UINT8 = _type2int(_UINT8, 4)
INT8 = _type2int(_INT8, 4)
UINT16 = _type2int(_UINT16, 4)
INT16 = _type2int(_INT16, 4)
UINT32 = _type2int(_UINT32, 4)
INT32 = _type2int(_INT32, 4)
UINT64 = _type2int(_UINT64, 4)
INT64 = _type2int(_INT64, 4)
BFUINT8 = _type2int(_BFUINT8, 4)
BFINT8 = _type2int(_BFINT8, 4)
BFUINT16 = _type2int(_BFUINT16, 4)
BFINT16 = _type2int(_BFINT16, 4)
BFUINT32 = _type2int(_BFUINT32, 4)
BFINT32 = _type2int(_BFINT32, 4)
FLOAT32 = _type2int(_FLOAT32, 4)
FLOAT64 = _type2int(_FLOAT64, 4)
BF_POS = _OFFSET_BITS
BF_LEN = _OFFSET_BITS + _BF_OFF_BITS
PTR = _type2int(_PTR, 2)
ARRAY = _type2int(_ARRAY, 2)

# C type aliases (MICROPY_PY_UCTYPES_NATIVE_C_TYPES, x86-64 sizes)
SHORT = INT16
USHORT = UINT16
INT = INT32
UINT = UINT32
LONG = INT64
ULONG = UINT64
LONGLONG = INT64
ULONGLONG = UINT64

_VAL_MASK = (1 << (31 - _VAL_TYPE_BITS)) - 1
_AGG_MASK = (1 << (31 - _AGG_TYPE_BITS)) - 1


def _get_type(x, nbits):
    return (x >> (31 - nbits)) & ((1 << nbits) - 1)


def _scalar_size(t):
    if t == _FLOAT32:
        return 4
    return 1 << ((t & 7) >> 1)


def _syntax_error():
    raise TypeError('syntax error in uctypes descriptor')


def _is_int(x):
    return isinstance(x, int)


# --- the registry of buffers and their fake addresses -----------------------

_BASE = 0x10000000
_PAGE_BITS = 12
_PAGE = 1 << _PAGE_BITS
_next_base = [_BASE]
_by_id = {}     # id(obj) -> entry
_pages = {}     # page number -> entry
# an entry is [base, obj, range size]


def _view(obj):
    # an object indexable by byte position, supporting slice reads (and slice
    # writes when the memory is writable)
    if isinstance(obj, (bytearray, bytes)):
        return obj
    mv = obj if isinstance(obj, memoryview) else memoryview(obj)
    if getattr(mv, 'itemsize', 1) != 1:
        mv = mv.cast('B')
    return mv


def _register(obj):
    e = _by_id.get(id(obj))
    if e is not None:
        return e[0]
    n = len(_view(obj))
    size = (n // _PAGE + 1) * _PAGE     # at least one unused byte at the end
    base = _next_base[0]
    _next_base[0] = base + size
    e = [base, obj, size]
    _by_id[id(obj)] = e
    p = base >> _PAGE_BITS
    for i in range(size >> _PAGE_BITS):
        _pages[p + i] = e
    return base


def _bad_address(addr):
    raise ValueError('uctypes: address 0x%x is outside every buffer given '
                     'an address by addressof()' % addr)


def _locate(addr, n):
    # (view, offset) for n bytes at addr
    if not _is_int(addr):
        raise TypeError("can't convert %s to int" % type(addr).__name__)
    e = _pages.get(addr >> _PAGE_BITS)
    if e is None or addr < e[0]:
        _bad_address(addr)
    v = _view(e[1])
    off = addr - e[0]
    if n < 0 or off + n > len(v) or off + n > e[2]:
        _bad_address(addr + n - 1 if n > 0 else addr)
    return v, off


def _read(addr, n):
    v, off = _locate(addr, n)
    return bytes(v[off:off + n])


def _write(addr, data):
    v, off = _locate(addr, len(data))
    v[off:off + len(data)] = data


def _view_offset(mv, base):
    # the offset of memoryview mv inside base, or None if it cannot be known
    try:
        whole = bytes(_view(base))
        sub = bytes(mv)
    except (TypeError, ValueError):
        return None
    n = len(sub)
    if n == 0:
        return None
    cands = []
    i = whole.find(sub)
    while i >= 0:
        cands.append(i)
        i = whole.find(sub, i + 1)
    if not cands:
        return None
    if mv.readonly:
        if len(cands) == 1:
            return cands[0]
        return None
    # writable: flip the first and the last byte of the view in turn and see
    # where the base changes
    found = None
    for k in (0, n - 1):
        old = mv[k]
        mv[k] = old ^ 0xFF
        now = bytes(_view(base))
        mv[k] = old
        hits = []
        for c in cands:
            if now[c + k] != whole[c + k]:
                hits.append(c)
        if len(hits) != 1 or (found is not None and hits[0] != found):
            return None
        found = hits[0]
    return found


def addressof(obj):
    """The (fake) address of the data of obj: a bytearray, bytes,
    memoryview, array or uctypes struct."""
    if isinstance(obj, struct):
        return obj._uct_a
    if isinstance(obj, (bytes, bytearray)):
        return _register(obj)
    if isinstance(obj, memoryview):
        base = getattr(obj, 'obj', None)
        if base is not None and base is not obj:
            e = _by_id.get(id(obj))
            if e is not None:
                return e[0]
            off = _view_offset(obj, base)
            if off is not None:
                return _register(base) + off
        return _register(obj)
    try:
        memoryview(obj)
    except TypeError:
        raise TypeError('object with buffer protocol required')
    return _register(obj)


def _size_arg(size):
    if not _is_int(size):
        raise TypeError("can't convert %s to int" % type(size).__name__)
    if size < 0:
        raise ValueError('negative size')
    return size


def bytes_at(addr, size):
    """A copy (bytes) of size bytes at addr."""
    return _read(addr, _size_arg(size))


def bytearray_at(addr, size):
    """size bytes at addr, by reference: a memoryview slice of the buffer
    (writes go into it)."""
    size = _size_arg(size)
    v, off = _locate(addr, size)
    if not isinstance(v, memoryview):
        v = memoryview(v)
    return v[off:off + size]


# --- reading and writing values ---------------------------------------------

_FLOAT_CODES = {_FLOAT32: 'f', _FLOAT64: 'd'}


def _get_val(t, addr, big):
    if t >= _FLOAT32:
        code = ('>' if big else '<') + _FLOAT_CODES[t]
        return _st.unpack(code, _read(addr, _scalar_size(t)))[0]
    n = _scalar_size(t)
    v = int.from_bytes(_read(addr, n), 'big' if big else 'little')
    if t & 1 and v >= 1 << (8 * n - 1):
        v -= 1 << (8 * n)
    return v


def _int_arg(val):
    if not _is_int(val):
        raise TypeError("can't convert %s to int" % type(val).__name__)
    return int(val)


def _set_val(t, addr, big, val):
    if t >= _FLOAT32:
        if not isinstance(val, (int, float)):
            raise TypeError("can't convert %s to float" % type(val).__name__)
        code = ('>' if big else '<') + _FLOAT_CODES[t]
        try:
            data = _st.pack(code, float(val))
        except (OverflowError, _st.error):
            # a float32 too large: infinity, as a C cast gives
            data = _st.pack(code, float('inf') if val > 0 else float('-inf'))
        _write(addr, data)
        return
    n = _scalar_size(t)
    v = _int_arg(val) & ((1 << (8 * n)) - 1)
    _write(addr, v.to_bytes(n, 'big' if big else 'little'))


def _bitfield(code):
    # (offset, bit position, bit length) of a bitfield's encoded value
    return code & ((1 << _OFFSET_BITS) - 1), (code >> _OFFSET_BITS) & 31, \
        (code >> (_OFFSET_BITS + _BF_OFF_BITS)) & 31


# --- sizes -------------------------------------------------------------------

def _agg_size(t, layout, maxf):
    if not isinstance(t, tuple) or len(t) < 2 or not _is_int(t[0]):
        _syntax_error()
    agg = _get_type(t[0], _AGG_TYPE_BITS)
    if agg == _STRUCT:
        return _size(t[1], layout, maxf)
    if agg == _PTR:
        if maxf[0] < _PTR_SIZE:
            maxf[0] = _PTR_SIZE
        return _PTR_SIZE
    if agg == _ARRAY:
        if len(t) == 2:
            if not _is_int(t[1]):
                _syntax_error()
            s = _scalar_size(_get_type(t[1], _VAL_TYPE_BITS))
            if s > maxf[0]:
                maxf[0] = s
            return s * (t[1] & _VAL_MASK)
        if len(t) != 3 or not _is_int(t[1]):
            _syntax_error()
        return _size(t[2], layout, maxf) * t[1]
    _syntax_error()


def _size(desc, layout, maxf):
    if isinstance(desc, tuple):
        return _agg_size(desc, layout, maxf)
    if not isinstance(desc, dict):
        if _is_int(desc):
            raise TypeError("Cannot unambiguously get sizeof scalar")
        _syntax_error()
    mine = [0]      # the largest field of this structure (its alignment)
    total = 0
    for v in desc.values():
        if _is_int(v):
            t = _get_type(v, _VAL_TYPE_BITS)
            off = v & _VAL_MASK
            if _BFUINT8 <= t <= _BFINT32:
                off = off & ((1 << _OFFSET_BITS) - 1)
            s = _scalar_size(t)
            if s > mine[0]:
                mine[0] = s
        elif isinstance(v, tuple):
            if len(v) < 2 or not _is_int(v[0]):
                _syntax_error()
            off = v[0] & _AGG_MASK
            s = _agg_size(v, layout, mine)
        else:
            _syntax_error()
        if off + s > total:
            total = off + s
    a = mine[0]
    if layout == NATIVE and a > 1:
        total = (total + a - 1) // a * a
    if a > maxf[0]:
        maxf[0] = a
    return total


def sizeof(obj, layout_type=None):
    """The size in bytes of a descriptor, of a struct object, or of a
    bytearray."""
    if isinstance(obj, bytearray):
        return len(obj)
    if isinstance(obj, struct):
        if layout_type is not None:
            raise TypeError('sizeof() of a struct takes no layout_type')
        return _size(obj._uct_d, obj._uct_l, [0])
    if layout_type is None:
        layout_type = NATIVE
    return _size(obj, layout_type, [0])


# --- struct objects ----------------------------------------------------------

class _NoField(AttributeError, KeyError):
    # an unknown field: AttributeError for Python code, KeyError as in
    # MicroPython
    def __str__(self):
        return "struct has no field '%s'" % self.args[0]


def _new(addr, desc, layout):
    s = struct.__new__(struct)
    object.__setattr__(s, '_uct_a', addr)
    object.__setattr__(s, '_uct_d', desc)
    object.__setattr__(s, '_uct_l', layout)
    return s


def _field(self, name):
    d = self._uct_d
    if not isinstance(d, dict):
        raise TypeError('struct: no fields')
    if name not in d:
        raise _NoField(name)
    return d[name]


def _read_ptr(addr):
    # pointers are stored natively (8 bytes, little endian)
    return int.from_bytes(_read(addr, _PTR_SIZE), 'little')


class struct(object):
    """struct(addr, descriptor, layout_type=NATIVE): the structure described
    by descriptor, in the buffer at address addr."""

    def __init__(self, addr, descriptor, layout_type=NATIVE):
        if not _is_int(addr):
            raise TypeError("can't convert %s to int" % type(addr).__name__)
        if not _is_int(layout_type):
            raise TypeError("can't convert %s to int"
                            % type(layout_type).__name__)
        if not isinstance(descriptor, (dict, tuple)):
            _syntax_error()
        _locate(addr, 0)
        object.__setattr__(self, '_uct_a', addr)
        object.__setattr__(self, '_uct_d', descriptor)
        object.__setattr__(self, '_uct_l', layout_type)

    def __getattr__(self, name):
        if name.startswith('_uct_'):
            raise AttributeError(name)
        if name.startswith('__') and not isinstance(self._uct_d, dict):
            raise AttributeError(name)
        v = _field(self, name)
        addr = self._uct_a
        layout = self._uct_l
        big = layout != NATIVE and layout != LITTLE_ENDIAN
        if _is_int(v):
            t = _get_type(v, _VAL_TYPE_BITS)
            off = v & _VAL_MASK
            if _BFUINT8 <= t <= _BFINT32:
                off, pos, ln = _bitfield(off)
                w = _get_val(t & 6, addr + off, big)
                r = (w >> pos) & ((1 << ln) - 1)
                if t & 1 and ln > 0 and r >= 1 << (ln - 1):
                    r -= 1 << ln
                return r
            return _get_val(t, addr + off, big)
        if not isinstance(v, tuple) or len(v) < 2 or not _is_int(v[0]):
            _syntax_error()
        agg = _get_type(v[0], _AGG_TYPE_BITS)
        off = v[0] & _AGG_MASK
        if agg == _STRUCT:
            if not isinstance(v[1], (dict, tuple)):
                _syntax_error()
            return _new(addr + off, v[1], layout)
        if agg == _ARRAY:
            if len(v) == 2:
                if not _is_int(v[1]):
                    _syntax_error()
                if _get_type(v[1], _VAL_TYPE_BITS) == _UINT8:
                    return bytearray_at(addr + off, v[1] & _VAL_MASK)
            elif len(v) != 3 or not _is_int(v[1]):
                _syntax_error()
            return _new(addr + off, v, layout)
        if agg == _PTR:
            return _new(addr + off, v, layout)
        _syntax_error()

    def __setattr__(self, name, value):
        v = _field(self, name)
        addr = self._uct_a
        layout = self._uct_l
        big = layout != NATIVE and layout != LITTLE_ENDIAN
        if _is_int(v):
            t = _get_type(v, _VAL_TYPE_BITS)
            off = v & _VAL_MASK
            if _BFUINT8 <= t <= _BFINT32:
                off, pos, ln = _bitfield(off)
                mask = (1 << ln) - 1
                x = (_int_arg(value) & mask) << pos
                w = _get_val(t & 6, addr + off, big)
                _set_val(t & 6, addr + off, big, (w & ~(mask << pos)) | x)
                return
            _set_val(t, addr + off, big, value)
            return
        if not isinstance(v, tuple) or len(v) < 2 or not _is_int(v[0]):
            _syntax_error()
        if _get_type(v[0], _AGG_TYPE_BITS) == _PTR:
            off = v[0] & _AGG_MASK
            _set_val(_UINT64, addr + off, False, value)
            return
        raise TypeError("can't assign to a struct or array field")

    def __delattr__(self, name):
        raise TypeError("can't delete a struct field")

    def _uct_elem(self, index):
        # (item address, scalar type or None, item descriptor) of self[index]
        d = self._uct_d
        if not isinstance(d, tuple):
            raise TypeError("struct: can't index")
        if not _is_int(index):
            raise TypeError('struct indices must be integers, not %s'
                            % type(index).__name__)
        agg = _get_type(d[0], _AGG_TYPE_BITS)
        layout = self._uct_l
        if agg == _ARRAY:
            if len(d) == 2:
                n = d[1] & _VAL_MASK
                t = _get_type(d[1], _VAL_TYPE_BITS)
            else:
                n = d[1]
                t = None
            if index >= n or index < 0:
                raise IndexError('struct: index out of range')
            if t is not None:
                return self._uct_a + _scalar_size(t) * index, t, None
            return self._uct_a + _size(d[2], layout, [0]) * index, None, d[2]
        if agg == _PTR:
            p = _read_ptr(self._uct_a)
            if _is_int(d[1]):
                t = _get_type(d[1], _VAL_TYPE_BITS)
                return p + _scalar_size(t) * index, t, None
            return p + _size(d[1], layout, [0]) * index, None, d[1]
        raise TypeError("struct: can't index")

    def __getitem__(self, index):
        addr, t, d = self._uct_elem(index)
        layout = self._uct_l
        if t is None:
            _locate(addr, 0)
            return _new(addr, d, layout)
        if _get_type(self._uct_d[0], _AGG_TYPE_BITS) == _PTR:
            return _get_val(t, addr, False)     # through a pointer: native
        return _get_val(t, addr, layout != NATIVE and layout != LITTLE_ENDIAN)

    def __setitem__(self, index, value):
        addr, t, d = self._uct_elem(index)
        layout = self._uct_l
        if t is None:
            raise TypeError("can't assign to a struct or array element")
        if _get_type(self._uct_d[0], _AGG_TYPE_BITS) == _PTR:
            _set_val(t, addr, False, value)
        else:
            _set_val(t, addr, layout != NATIVE and layout != LITTLE_ENDIAN,
                     value)

    def __delitem__(self, index):
        raise TypeError("can't delete a struct element")

    def __int__(self):
        d = self._uct_d
        if isinstance(d, tuple) and _get_type(d[0], _AGG_TYPE_BITS) == _PTR:
            return _read_ptr(self._uct_a)
        raise TypeError("can't convert struct to int")

    def __bytes__(self):
        return _read(self._uct_a, sizeof(self))

    def __repr__(self):
        d = self._uct_d
        kind = 'ERROR'
        if isinstance(d, dict):
            kind = 'STRUCT'
        elif isinstance(d, tuple) and d and _is_int(d[0]):
            kind = ('unk', 'PTR', 'ARRAY', 'unk')[_get_type(d[0],
                                                           _AGG_TYPE_BITS)]
        return '<struct %s %x>' % (kind, self._uct_a)
