import struct

class Falsy:
    def __bool__(self):
        return False

vals = [True, False, 0, 1, 2, -1, '', 'x', [], [0], None, 0.0, 0.5, b'', Falsy()]
print(struct.pack('%d?' % len(vals), *vals))
print(struct.unpack('5?', b'\x00\x01\x02\xff\x80'))
print(struct.pack('<?h?', 7, 3, 0))
print(struct.pack('?h', 7, 3))
print(struct.unpack('?q', struct.pack('?q', 1, -5)))
print(struct.calcsize('?'), struct.calcsize('<?'))
