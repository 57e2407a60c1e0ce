# Constant encodings (MicroPython's) and sizeof() of various descriptors.
import uctypes
from uctypes import *

print(LITTLE_ENDIAN, BIG_ENDIAN, NATIVE)
print(UINT8, INT8, UINT16, INT16, UINT32, INT32, UINT64, INT64)
print(BFUINT8, BFINT8, BFUINT16, BFINT16, BFUINT32, BFINT32)
print(FLOAT32, FLOAT64, VOID, PTR, ARRAY, BF_POS, BF_LEN)
print(hex(UINT32 | 4), hex(ARRAY | 8), hex(PTR | 16))

def show(desc):
    print(sizeof(desc), sizeof(desc, LITTLE_ENDIAN), sizeof(desc, BIG_ENDIAN))

# scalar fields: native rounds up to the largest field
show({"a": UINT8 | 0})
show({"a": UINT8 | 0, "b": UINT32 | 1})
show({"a": UINT16 | 0, "b": UINT8 | 2})
show({"a": UINT64 | 0, "b": UINT8 | 8})
show({"f": FLOAT32 | 0, "g": UINT8 | 4})
show({"d": FLOAT64 | 2})
show({"a": INT8 | 0, "b": INT16 | 2, "c": INT32 | 4, "d": INT64 | 8})
show({})
# offsets need not be in order; a later field may overlap an earlier one
show({"z": UINT8 | 9, "w": UINT32 | 0, "lo": UINT8 | 0})
# bitfields take the size of their container
show({"b": BFUINT8 | 3 | 4 << BF_POS | 2 << BF_LEN})
show({"b": BFUINT16 | 1 | 15 << BF_POS | 1 << BF_LEN})
show({"b": BFINT32 | 0 | 31 << BF_POS | 1 << BF_LEN, "c": UINT8 | 4})
# pointers are 8 bytes
show({"p": (PTR | 0, UINT8)})
show({"a": UINT8 | 0, "p": (PTR | 1, {"x": UINT8 | 0})})
# arrays
show({"a": (ARRAY | 0, UINT8 | 10)})
show({"a": (ARRAY | 0, UINT16 | 3)})
show({"a": (ARRAY | 1, UINT32 | 2)})
show({"a": (ARRAY | 0, FLOAT64 | 2), "b": UINT8 | 16})
show({"a": (ARRAY | 0, 3, {"x": UINT16 | 0, "y": UINT8 | 2})})
show({"a": (ARRAY | 2, 0, {"x": UINT32 | 0})})
# nested structures
show({"s": (0, {"a": UINT8 | 0, "b": UINT32 | 4}), "c": UINT8 | 8})
show({"s": (1, {"a": UINT8 | 0, "b": UINT8 | 1})})
# descriptors that are tuples
show((ARRAY | 0, UINT32 | 5))
show((ARRAY | 0, 2, {"a": UINT16 | 0, "b": UINT8 | 2}))
show((PTR | 0, UINT8))
show((0, {"a": UINT32 | 0}))

# sizeof a bytearray is its length; sizeof a struct uses its own layout
print(sizeof(bytearray(7)))
buf = bytearray(16)
D = {"a": UINT32 | 0, "b": UINT8 | 4}
print(sizeof(struct(addressof(buf), D)), sizeof(struct(addressof(buf), D, BIG_ENDIAN)))
