import struct

print(struct.error.__name__)
print(issubclass(struct.error, Exception), issubclass(struct.error, ValueError),
      issubclass(struct.error, TypeError))
try:
    struct.pack('B', 256)
except Exception as e:
    print(type(e).__name__, isinstance(e, struct.error), isinstance(e, ValueError))
try:
    struct.unpack('i', b'')
except struct.error as e:
    print(type(e).__name__, len(e.args))
try:
    struct.pack('<e', 1e10)
except Exception as e:
    print(type(e).__name__, isinstance(e, struct.error))
try:
    struct.unpack('i', 'abcd')
except Exception as e:
    print(type(e).__name__, isinstance(e, struct.error))
e = struct.error('custom')
print(e.args)
