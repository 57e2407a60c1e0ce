# Corrupt, truncated and mismatched input: OSError (MicroPython's
# OSError(EINVAL)) for bad data, EOFError when the data ends too early,
# ValueError for bad arguments; never a hang.
import deflate
import io

Z = b'x\xda+\xce\xcfMUHI,IT(\xc9WH\xceHM\xceVH-*\xca/*V(\xcf,\xc9\xd0Q(\x86\xc9\x03\x009\xaa\x0e\xe3'
G = b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03K\xaf\xca,PH-*\xca/RHI,I\x04\x00b\xdf\x88l\x0f\x00\x00\x00'
G_HCRC = b'\x1f\x8b\x08\n\x00\x00\x00\x00\x00\x03nm\x00!\xd3\xab\x00\x00\x83\x16\xdc\x8c\x01\x00\x00\x00'


def attempt(label, comp, *args):
    try:
        r = deflate.DeflateIO(io.BytesIO(comp), *args).read()
        print(label, 'ok', r)
    except OSError as e:
        print(label, 'OSError', e.args[0])
    except Exception as e:
        print(label, type(e).__name__)


def flip(data, i, mask=1):
    b = bytearray(data)
    b[i] ^= mask
    return bytes(b)


attempt('good zlib', Z)
attempt('good gzip', G)
attempt('good hcrc', G_HCRC)
attempt('adler32', flip(Z, len(Z) - 1))
attempt('fcheck', b'\x78\x9d' + Z[2:])
attempt('fdict', b'\x78\x20' + Z[2:])
attempt('method', b'\x77\x09' + Z[2:])
attempt('cinfo', b'\x88\x1c' + Z[2:])
attempt('gzip crc32', flip(G, len(G) - 8))
attempt('gzip size', flip(G, len(G) - 4))
attempt('gzip flags', flip(G, 3, 0x20))
attempt('gzip method', flip(G, 2, 0x0f))
attempt('gzip hcrc', flip(G_HCRC, 13))
attempt('zlib as gzip', Z, deflate.GZIP)
attempt('gzip as zlib', G, deflate.ZLIB)
attempt('not zlib', b'hello world')
attempt('block type 3', b'\x07\x00', deflate.RAW)
attempt('stored len', b'\x01\x05\x00\x00\x00hello', deflate.RAW)
attempt('stored ok', b'\x01\x05\x00\xfa\xffhello', deflate.RAW)
attempt('dist before start', b'\x03\x02\x00', deflate.RAW)
attempt('hlit 288', b'\xfd\x00\x00\x00', deflate.RAW)
attempt('empty', b'')
attempt('one byte', Z[:1])
attempt('header only', Z[:2])
attempt('cut data', Z[:10])
attempt('cut trailer', Z[:-1])
attempt('gzip cut size', G[:-4])
attempt('gzip cut name', G_HCRC[:11])
attempt('raw cut', Z[2:12], deflate.RAW)
attempt('stored cut', b'\x01\x05\x00\xfa\xffhel', deflate.RAW)

# every single-bit flip: an error, or (a flip in unused bits) the same data
orig = deflate.DeflateIO(io.BytesIO(Z)).read()
same = err = wrong = 0
for i in range(len(Z) * 8):
    try:
        r = deflate.DeflateIO(io.BytesIO(flip(Z, i >> 3, 1 << (i & 7)))).read()
        if r == orig:
            same += 1
        else:
            wrong += 1
    except (OSError, EOFError):
        err += 1
print('flips', len(Z) * 8, 'errors', err, 'same', same, 'wrong', wrong)

# bad arguments
for args in [(4,), (-1,), (0, 4), (0, 16), (0, -8), (deflate.RAW, 5),
             (deflate.GZIP, 15)]:
    try:
        deflate.DeflateIO(io.BytesIO(Z), *args)
        print(args, 'ok')
    except ValueError:
        print(args, 'ValueError')

# after close, reading and writing fail with OSError
d = deflate.DeflateIO(io.BytesIO(Z))
print(d.read(4))
d.close()
d.close()
for op in (lambda: d.read(), lambda: d.read(1), lambda: d.readline(),
           lambda: d.readinto(bytearray(2)), lambda: d.write(b'x')):
    try:
        op()
        print('no error')
    except OSError as e:
        print('OSError', e.args[0])
