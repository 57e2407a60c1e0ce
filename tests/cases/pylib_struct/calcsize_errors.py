import struct

def size(fmt):
    try:
        print(repr(fmt), struct.calcsize(fmt))
    except struct.error:
        print(repr(fmt), 'struct.error')
    except TypeError:
        print(repr(fmt), 'TypeError')

for fmt in ['Z', 'i<', ' <i', '4', '4 s', 'i3', '<P', '=n', '>N', '!P', '<n',
            'iy', '3 ', 'ii!', '-1i', '1.5i', '$', 'j', 'i#',
            '99999999999999999999i', '9999999999999999999x', '4611686018427387904q',
            b'ii', b'<hh', b'Z', 5, None, 1.5]:
    size(fmt)
