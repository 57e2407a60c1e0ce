# Several blocks in one compressed stream (the block size is lowered through
# a private setting to keep the data small), written out while writing.
import deflate
import io
from binascii import crc32

DUMP = False
deflate._BLOCK_SYMS = 200


def gen(n, seed, letters):
    x = seed
    out = bytearray()
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7fffffff
        out.append(97 + (x >> 16) % letters)
    return bytes(out)


# varied pieces: mostly literals, repeats, a long run, binary
data = (gen(700, 1, 20) + b'0123456789' * 30 + gen(300, 2, 4) + b'z' * 600 +
        bytes(range(256)) + gen(500, 3, 26))
for fmt, wbits in [(deflate.RAW, 0), (deflate.ZLIB, 9), (deflate.GZIP, 15)]:
    s = io.BytesIO()
    d = deflate.DeflateIO(s, fmt, wbits)
    grew = 0
    for i in range(0, len(data), 300):
        before = len(s.getvalue())
        d.write(data[i:i + 300])
        if len(s.getvalue()) > before:
            grew += 1
    d.close()
    c = s.getvalue()
    if DUMP:
        print('DUMP', fmt, c.hex())
    back = deflate.DeflateIO(io.BytesIO(c), fmt, wbits or 8).read()
    print(fmt, len(data), crc32(data), back == data, grew > 3, len(c) < len(data))
