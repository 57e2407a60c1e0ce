try:
    import ustruct as s
except ImportError:
    import struct as s
import struct

print(s.pack('<HH', 1, 2), s.calcsize('<HH'))
print(s.unpack('<HH', b'\x01\x00\x02\x00'))
print(s.unpack_from('<H', b'\x00\x01\x00', 1))
print(s.pack is struct.pack or s.pack('<H', 1) == struct.pack('<H', 1))
