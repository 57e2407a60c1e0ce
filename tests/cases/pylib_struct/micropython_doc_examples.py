import struct

# examples in the spirit of MicroPython's struct documentation
print(struct.calcsize('<HH'), struct.calcsize('>BBBB'), struct.calcsize('i'))
print(struct.pack('<HH', 0x1234, 0x5678))
print(struct.pack('>BBBB', 1, 2, 3, 4))
print(struct.unpack('<HH', b'\x34\x12\x78\x56'))
print(struct.unpack('<I', b'\x01\x02\x03\x04'))
buf = bytearray(8)
struct.pack_into('<II', buf, 0, 1, 2)
print(buf)
print(struct.unpack_from('<I', buf, 4))
print(struct.pack('<f', 1.0), struct.pack('<d', 1.0))
print(struct.unpack('<f', b'\x00\x00\x80\x3f'))
print(struct.pack('<5s', b'abc'), struct.unpack('<5s', b'abc\x00\x00'))
print(struct.pack('<bb', -1, 1), struct.unpack('<bb', b'\xff\x01'))
