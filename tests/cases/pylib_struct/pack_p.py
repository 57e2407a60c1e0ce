import struct

def pk(fmt, *v):
    try:
        r = struct.pack(fmt, *v)
        print(fmt, r, struct.unpack(fmt, r))
    except struct.error:
        print(fmt, 'struct.error')

pk('p', b'abc')
pk('1p', b'abc')
pk('2p', b'abc')
pk('4p', b'abc')
pk('6p', b'abc')
pk('6p', b'')
pk('6p', bytearray(b'xy'))
pk('3p', 'ab')
pk('3p3p', b'ab', b'cd')
pk('<h4ph', 1, b'q', 2)
r = struct.pack('300p', b'x' * 299)
print(len(r), r[0], r[1:3], len(struct.unpack('300p', r)[0]))
r = struct.pack('300p', b'y' * 400)
print(len(r), r[0], len(struct.unpack('300p', r)[0]))
print(struct.unpack('3p', b'\x09ab'))
print(struct.unpack('4p', b'\x01abc'))
print(struct.unpack('4p', b'\x00abc'))
