# Arrays of scalars and of structures, nested structures, floats.
import uctypes

VEC = {"x": uctypes.INT16 | 0, "y": uctypes.INT16 | 2}
REC = {
    "id": uctypes.UINT32 | 0,
    "name": (uctypes.ARRAY | 4, uctypes.UINT8 | 8),
    "temps": (uctypes.ARRAY | 12, uctypes.INT8 | 4),
    "hist": (uctypes.ARRAY | 16, uctypes.UINT16 | 4),
    "pos": (24, VEC),
    "path": (uctypes.ARRAY | 28, 3, VEC),
    "scale": uctypes.FLOAT32 | 40,
    "exact": uctypes.FLOAT64 | 48,
    "big": (uctypes.ARRAY | 56, uctypes.INT64 | 2),
    "inner": (72, {"a": uctypes.UINT8 | 0, "b": (1, {"c": uctypes.UINT16 | 0})}),
}
print(uctypes.sizeof(REC), uctypes.sizeof(REC, uctypes.LITTLE_ENDIAN))

buf = bytearray(uctypes.sizeof(REC))
r = uctypes.struct(uctypes.addressof(buf), REC)
r.id = 42

# an array of UINT8 gives the bytes in place (a view: writes go through)
name = r.name
name[0:5] = b"probe"
print(bytes(buf[4:12]), len(name))
print(bytes(r.name))

for i in range(4):
    r.temps[i] = (i - 2) * 50
print([r.temps[i] for i in range(4)], bytes(buf[12:16]))
# iteration works through indexing, up to the declared length
print(list(r.temps))
r.hist[0] = 1
r.hist[3] = 65535
r.hist[1] = -1
print(list(r.hist), bytes(buf[16:24]))

r.pos.x = -7
r.pos.y = 300
print(r.pos.x, r.pos.y, bytes(buf[24:28]))
for i in range(3):
    p = r.path[i]
    p.x = i
    p.y = i * i - 5
print([(r.path[i].x, r.path[i].y) for i in range(3)])
print(bytes(buf[28:40]))

r.scale = 0.1
r.exact = 0.1
print(r.scale == 0.1, abs(r.scale - 0.1) < 1e-8, r.exact == 0.1, bytes(buf[40:44]))
r.scale = 3
print(r.scale, type(r.scale).__name__)
r.exact = -1e300
print(r.exact)

r.big[0] = -2
r.big[1] = 2 ** 63 - 1
print(r.big[0], r.big[1], bytes(buf[56:60]))

r.inner.a = 0xAA
r.inner.b.c = 0xBBCC
print(hex(r.inner.a), hex(r.inner.b.c), bytes(buf[72:75]))

# an element struct keeps its address: writes through an alias
elem = r.path[2]
elem.x = 99
print(r.path[2].x, uctypes.addressof(elem) - uctypes.addressof(buf))
print(uctypes.sizeof(r.path), uctypes.sizeof(r.pos), uctypes.sizeof(r.inner), uctypes.sizeof(r.hist))
print(r.id, uctypes.sizeof(r))

# a struct made directly from an array descriptor
arr = uctypes.struct(uctypes.addressof(buf) + 16, (uctypes.ARRAY | 0, uctypes.UINT16 | 4))
print(arr[0], arr[3], list(arr))
# big endian array of 16-bit values over the same bytes
arr_be = uctypes.struct(uctypes.addressof(buf) + 16, (uctypes.ARRAY | 0, uctypes.UINT16 | 4),
                        uctypes.BIG_ENDIAN)
print([hex(v) for v in arr_be])
