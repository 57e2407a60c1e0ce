# Compression: DeflateIO.write() then close() produces a complete stream of
# the chosen format (AUTO writes a raw stream).  The streams were checked
# with CPython's zlib/gzip modules when this test was written; here they are
# decompressed again by DeflateIO, and the headers and trailers are checked.
import deflate
import io
from binascii import crc32

DUMP = False


def adler32(data):
    a = 1
    b = 0
    for c in data:
        a = (a + c) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


def words(n, seed):
    ws = [b'alpha', b'beta', b'gamma', b'delta', b'frame', b'buffer', b'zlib',
          b'window', b'stream', b'micro']
    x = seed
    out = bytearray()
    while len(out) < n:
        x = (x * 1103515245 + 12345) & 0x7fffffff
        out += ws[x % len(ws)]
        out += b'\n' if x & 0x700 == 0 else b' '
    return bytes(out[:n])


def noise(n, seed):
    x = seed
    out = bytearray()
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7fffffff
        out.append((x >> 16) & 0xff)
    return bytes(out)


NOISE = noise(300, 5)
DATA = [
    ('empty', b''),
    ('one', b'A'),
    ('short', b'Hello, hello, hello deflate!'),
    ('run', b'a' * 1000),
    ('bytes', bytes(range(256)) * 2),
    ('text', words(800, 1)),
    ('far', NOISE + b'|' + NOISE),
]
CHUNKS = [1, 7, 100, 1000]


def compress(data, fmt, wbits=0):
    s = io.BytesIO()
    d = deflate.DeflateIO(s, fmt, wbits)
    i = 0
    k = 0
    while True:
        n = CHUNKS[k % len(CHUNKS)]
        k += 1
        if d.write(data[i:i + n]) != len(data[i:i + n]):
            print('bad write count')
        i += n
        if i >= len(data):
            break
    d.close()
    return s.getvalue()


def decompress(comp, fmt, wbits=0):
    return deflate.DeflateIO(io.BytesIO(comp), fmt, wbits).read()


for fmt, rfmt in [(deflate.AUTO, deflate.RAW), (deflate.RAW, deflate.RAW),
                  (deflate.ZLIB, deflate.ZLIB), (deflate.GZIP, deflate.GZIP)]:
    for name, data in DATA:
        if fmt == deflate.AUTO and len(data) > 100:
            continue
        c = compress(data, fmt)
        if DUMP:
            print('DUMP', fmt, name, c.hex())
        back = decompress(c, rfmt)
        info = [fmt, name, len(data), back == data, len(c) < len(data)]
        if fmt == deflate.ZLIB:
            info.append(c[:2])
            info.append(int.from_bytes(c[-4:], 'big') == adler32(data))
        elif fmt == deflate.GZIP:
            info.append(c[:10])
            info.append(int.from_bytes(c[-8:-4], 'little') == crc32(data))
            info.append(int.from_bytes(c[-4:], 'little') == len(data))
        print(*info)
        if fmt == deflate.ZLIB:
            print(' auto', decompress(c, deflate.AUTO) == data)
        if fmt == deflate.GZIP:
            print(' auto', decompress(c, deflate.AUTO) == data)

# exact output for tiny inputs (fixed Huffman codes, worked out by hand)
for fmt in (deflate.RAW, deflate.ZLIB, deflate.GZIP):
    print(compress(b'', fmt), compress(b'A', fmt))

# the window size: 'far' needs a 301-byte back-reference
far = DATA[-1][1]
for wbits in (5, 8, 9, 10, 15):
    c = compress(far, deflate.ZLIB, wbits)
    if DUMP:
        print('DUMP', 2, 'w%d' % wbits, c.hex())
    print('wbits', wbits, c[:2], decompress(c, deflate.ZLIB) == far,
          len(c) < len(far))
c = compress(far, deflate.RAW, 9)
if DUMP:
    print('DUMP', 1, 'w9', c.hex())
print(decompress(c, deflate.RAW, 9) == far)
try:
    decompress(c, deflate.RAW, 8)
    print('no error')
except OSError as e:
    print('OSError', e.args[0])
print(decompress(compress(far, deflate.RAW), deflate.RAW, 5) == far)

# str, bytearray and memoryview data; the context manager; no data at all
s = io.BytesIO()
with deflate.DeflateIO(s, deflate.ZLIB) as d:
    print(d.write('text \u00e9 '), d.write(bytearray(b'ba')),
          d.write(memoryview(b'xyz')[1:]))
print(decompress(s.getvalue(), deflate.ZLIB))
s = io.BytesIO()
with deflate.DeflateIO(s, deflate.GZIP) as d:
    pass
print(s.getvalue())


class Sink:
    def __init__(self):
        self.data = bytearray()
        self.closed = 0

    def write(self, b):
        self.data += b
        return len(b)

    def close(self):
        self.closed += 1


for close in (False, True):
    sink = Sink()
    d = deflate.DeflateIO(sink, deflate.GZIP, 0, close)
    d.write(b'sink data ' * 5)
    d.close()
    d.close()
    print(close, sink.closed, decompress(bytes(sink.data), deflate.GZIP))
