import struct

data = bytes(range(12))
for t in struct.iter_unpack('<hB', data[:9]):
    print(t)
print(list(struct.iter_unpack('>I', data)))
print(list(struct.iter_unpack('2s', bytearray(b'abcdef'))))
print(list(struct.iter_unpack('<H', b'')))
it = struct.iter_unpack('b', b'\x01\xff')
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print('stop')
for fmt, buf in [('<i', b'abcde'), ('', b''), ('0s', b'ab'), ('<h', b'abc')]:
    try:
        struct.iter_unpack(fmt, buf)
        print('no error')
    except struct.error:
        print(fmt, 'struct.error')
