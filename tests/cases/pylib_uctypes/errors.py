# Error cases.
import uctypes

def check(label, f):
    try:
        r = f()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__)

D = {
    "a": uctypes.UINT16 | 0,
    "arr": (uctypes.ARRAY | 2, uctypes.UINT8 | 4),
    "warr": (uctypes.ARRAY | 6, uctypes.UINT16 | 2),
    "sarr": (uctypes.ARRAY | 10, 2, {"x": uctypes.UINT8 | 0}),
    "sub": (12, {"y": uctypes.UINT8 | 0}),
    "p": (uctypes.PTR | 16, uctypes.UINT8),
    "f": uctypes.FLOAT32 | 24,
    "bad": "oops",
    "badagg": (uctypes.ARRAY | 0,),
}
buf = bytearray(28)
s = uctypes.struct(uctypes.addressof(buf), D)

# unknown field: AttributeError (and KeyError, as MicroPython raises)
try:
    s.nothing
except AttributeError as e:
    print("AttributeError", isinstance(e, KeyError))
try:
    s.nothing = 1
except KeyError as e:
    print("KeyError", isinstance(e, AttributeError))
print(hasattr(s, "a"), hasattr(s, "nothing"), getattr(s, "nothing", "default"))

# index out of range of a declared array
check("warr[2]", lambda: s.warr[2])
check("warr[-1]", lambda: s.warr[-1])
check("sarr[2]", lambda: s.sarr[2])
def set_warr():
    s.warr[2] = 1
check("warr[2]=", set_warr)
# assigning to aggregate fields or struct elements
def set_arr():
    s.arr = b"abcd"
check("arr=", set_arr)
def set_sub():
    s.sub = 5
check("sub=", set_sub)
def set_sarr():
    s.sarr = 5
check("sarr=", set_sarr)
def set_elem():
    s.sarr[0] = 1
check("sarr[0]=", set_elem)
def del_field():
    del s.a
check("del", del_field)
# indexing a structure, fields of an array
check("s[0]", lambda: s[0])
check("warr.x", lambda: s.warr.x)
check("warr['a']", lambda: s.warr["a"])
check("int(s)", lambda: int(s))
check("int(warr)", lambda: int(s.warr))
# wrong value types
def set_a_float():
    s.a = 1.5
check("a=1.5", set_a_float)
def set_a_str():
    s.a = "1"
check("a='1'", set_a_str)
def set_f_str():
    s.f = "x"
check("f='x'", set_f_str)
def set_f_int():
    s.f = 2
    return s.f
check("f=2", set_f_int)
# bad descriptors
check("bad", lambda: s.bad)
check("badagg", lambda: s.badagg)
check("sizeof(D)", lambda: uctypes.sizeof(D))
check("sizeof scalar", lambda: uctypes.sizeof(uctypes.UINT32 | 4))
check("sizeof str", lambda: uctypes.sizeof("abc"))
check("sizeof bytes", lambda: uctypes.sizeof(b"abc"))
check("sizeof list", lambda: uctypes.sizeof([1, 2]))
check("sizeof struct, layout", lambda: uctypes.sizeof(s, uctypes.NATIVE))
check("struct(desc=list)", lambda: uctypes.struct(uctypes.addressof(buf), [1]))
check("struct(addr=str)", lambda: uctypes.struct("0", D))
check("struct(addr=float)", lambda: uctypes.struct(1.0, D))
# addresses outside every registered buffer: ValueError (no raw memory)
check("struct(0)", lambda: uctypes.struct(0, D))
check("struct(0x1234)", lambda: uctypes.struct(0x1234, D))
check("bytes_at(0)", lambda: uctypes.bytes_at(0, 4))
check("bytearray_at(-8)", lambda: uctypes.bytearray_at(-8, 4))
a = uctypes.addressof(buf)
check("bytes_at end", lambda: uctypes.bytes_at(a + 24, 4))
check("bytes_at past end", lambda: uctypes.bytes_at(a + 25, 4))
check("bytes_at neg size", lambda: uctypes.bytes_at(a, -1))
# a struct that extends past the end of its buffer: its last fields fail
small = bytearray(3)
t = uctypes.struct(uctypes.addressof(small), {"x": uctypes.UINT16 | 0, "y": uctypes.UINT16 | 2})
check("t.x", lambda: t.x)
check("t.y", lambda: t.y)
# a NULL pointer, a pointer into nowhere
check("p[0] NULL", lambda: s.p[0])
s.p = 12345
check("p[0] bad", lambda: s.p[0])
s.p = a + 27
check("p[0] last byte", lambda: s.p[0])
check("p[1] past end", lambda: s.p[1])
def set_p_float():
    s.p = 1.0
check("p=1.0", set_p_float)
# addressof needs a buffer
check("addressof(int)", lambda: uctypes.addressof(5))
check("addressof(str)", lambda: uctypes.addressof("abc"))
check("addressof(list)", lambda: uctypes.addressof([1]))
# writes into immutable bytes fail
ro = b"\x00\x01"
r = uctypes.struct(uctypes.addressof(ro), {"v": uctypes.UINT16 | 0})
check("ro.v", lambda: r.v)
def set_ro():
    r.v = 1
check("ro.v=", set_ro)
