# Pointers between buffers through addressof(); bytes_at, bytearray_at;
# addresses of memoryviews, arrays and structs.
import uctypes
import array

NODE = {
    "value": uctypes.INT32 | 0,
    "next": (uctypes.PTR | 8, uctypes.VOID),
}
HEAD = {
    "count": uctypes.UINT32 | 0,
    "data": (uctypes.PTR | 8, uctypes.UINT16),
    "first": (uctypes.PTR | 16, NODE),
    "raw": (uctypes.PTR | 24, uctypes.UINT8),
}
print(uctypes.sizeof(NODE), uctypes.sizeof(HEAD))

samples = bytearray(b"\x01\x00\x02\x00\x03\x00\x04\x01")
nodes = bytearray(3 * uctypes.sizeof(NODE))
head_buf = bytearray(uctypes.sizeof(HEAD))

a_samples = uctypes.addressof(samples)
a_nodes = uctypes.addressof(nodes)
a_head = uctypes.addressof(head_buf)
# the same object always has the same address; distinct objects do not overlap
print(uctypes.addressof(samples) == a_samples, a_nodes - a_samples >= len(samples),
      a_head != a_nodes, a_samples % 4096, a_nodes % 4096)

head = uctypes.struct(a_head, HEAD)
head.count = 4
head.data = a_samples
head.first = a_nodes
head.raw = a_samples + 6
# the pointer is stored natively in the buffer
print(int.from_bytes(head_buf[8:16], "little") == a_samples)
print(int(head.data) == a_samples, int(head.raw) - a_samples)
print([head.data[i] for i in range(head.count)])
print(head.raw[0], head.raw[1], head.raw[-6])
# storing through a pointer to scalars
head.data[3] = 0x0B0A
print(samples)

# a linked list of NODE structures inside one buffer
size = uctypes.sizeof(NODE)
for i in range(3):
    n = uctypes.struct(a_nodes + i * size, NODE)
    n.value = (i + 1) * -10
    n.next = a_nodes + (i + 1) * size if i < 2 else 0
print(head.first[0].value, head.first[1].value, head.first[2].value)
node = head.first[0]
values = []
while True:
    values.append(node.value)
    if int(node.next) == 0:
        break
    node = uctypes.struct(int(node.next), NODE)
print(values)

# bytes_at copies, bytearray_at aliases
copy = uctypes.bytes_at(a_samples + 2, 4)
view = uctypes.bytearray_at(a_samples + 2, 4)
print(copy, bytes(view), len(view))
view[0] = 0xEE
samples[3] = 0xDD
print(copy, bytes(view), samples[2], samples[3])
print(uctypes.bytes_at(a_samples, 0), uctypes.bytes_at(a_head, 4))

# addressof a memoryview of a registered buffer: base address + offset
mv = memoryview(samples)[5:8]
print(uctypes.addressof(mv) - a_samples)
print(uctypes.addressof(memoryview(samples)) - a_samples)

# addressof a struct is its address; on a bytes object (read-only)
print(uctypes.addressof(head.first[1]) - a_nodes, uctypes.addressof(head) == a_head)
blob = b"\x00\x00\x00\x00\x10\x20\x30\x40"
ro = uctypes.struct(uctypes.addressof(blob) + 4, {"w": uctypes.UINT32 | 0}, uctypes.BIG_ENDIAN)
print(hex(ro.w))

# an array.array buffer
arr = array.array("h", [100, -200, 300])
view = uctypes.struct(uctypes.addressof(arr), (uctypes.ARRAY | 0, uctypes.INT16 | 3))
print(view[0], view[1], view[2])
view[1] = 7
print(arr[1])

print(repr(head)[:15], repr(head.data)[:12], repr(head.first)[:12])
