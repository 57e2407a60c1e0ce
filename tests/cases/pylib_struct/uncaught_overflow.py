import struct

print(struct.pack('<e', 1.0))
struct.pack('<e', 70000.0)
