# deflate: DEFLATE compression and decompression streams (MicroPython's
# module, frozen into micropy).
#
# DeflateIO(stream, format=AUTO, wbits=0, close=False) wraps a stream.
# Reading decompresses: stored, fixed and dynamic Huffman blocks; the zlib
# header and adler32, the gzip header (FEXTRA/FNAME/FCOMMENT/FHCRC) and its
# crc32/size trailer are checked; AUTO detects zlib or gzip.  Writing
# compresses: LZ77 with hash chains, in blocks of up to 16384 symbols, each
# coded with the fixed or a dynamic Huffman code, whichever is shorter; the
# output comes out a block at a time, and close() writes the last block and
# the trailer.  AUTO writes a raw stream, as in MicroPython.
#
# Errors, as in MicroPython: corrupt data, a wrong header, a checksum
# mismatch, a back-reference beyond the window, or any use after close()
# raise OSError(EINVAL); data that ends too early raises EOFError; a bad
# format or wbits argument raises ValueError.  (MicroPython does not check
# the gzip header CRC and size fields; this module does.)  After an error
# the object keeps raising OSError on reads.
#
# Input is read in chunks from streams that can tell() and seek() (files,
# io.BytesIO), and the bytes read beyond the end of the compressed data are
# given back with seek(); other streams are read a byte at a time, and up to
# 4 bytes after the end of a stream may then be consumed by the lookahead.

AUTO = 0
RAW = 1
ZLIB = 2
GZIP = 3

_EINVAL = 22

_LBASE = (3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43,
          51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258)
_LEXT = (0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4,
         4, 5, 5, 5, 5, 0)
_DBASE = (1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385,
          513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385,
          24577)
_DEXT = (0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10,
         10, 11, 11, 12, 12, 13, 13)
_CLORDER = (16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15)

_PB = 9            # bits of the first-level decoding tables
_BLOCK_SYMS = 16384  # symbols per compressed block
_PMASK = (1 << _PB) - 1
_FAR = -(1 << 30)  # "no position" in the compressor's hash chains


def _corrupt():
    return OSError(_EINVAL)


def _rev(code, n):
    r = 0
    while n:
        r = (r << 1) | (code & 1)
        code >>= 1
        n -= 1
    return r


def _build(lens, n):
    # Canonical Huffman decoding table for the code lengths lens[0:n]:
    # (first-level table, second-level tables, mask of the second level).
    # An entry is sym << 4 | length; 0 marks an unused code, a negative
    # entry -k-1 sends to second-level table k.
    count = [0] * 16
    maxlen = 0
    for i in range(n):
        l = lens[i]
        count[l] += 1
        if l > maxlen:
            maxlen = l
    count[0] = 0
    left = 1
    for l in range(1, 16):
        left = (left << 1) - count[l]
        if left < 0:
            raise _corrupt()       # over-subscribed code
    nxt = [0] * 16
    code = 0
    for l in range(1, 16):
        code = (code + count[l - 1]) << 1
        nxt[l] = code
    t1 = [0] * (1 << _PB)
    subs = []
    sbits = maxlen - _PB if maxlen > _PB else 0
    ssize = 1 << sbits
    for sym in range(n):
        l = lens[sym]
        if not l:
            continue
        r = _rev(nxt[l], l)
        nxt[l] += 1
        e = (sym << 4) | l
        if l <= _PB:
            step = 1 << l
            while r <= _PMASK:
                t1[r] = e
                r += step
        else:
            p = r & _PMASK
            k = t1[p]
            if k >= 0:
                k = -len(subs) - 1
                t1[p] = k
                subs.append([0] * ssize)
            sub = subs[-k - 1]
            j = r >> _PB
            step = 1 << (l - _PB)
            while j < ssize:
                sub[j] = e
                j += step
    return t1, subs, ssize - 1


_FIXED = None


def _fixed_tables():
    global _FIXED
    if _FIXED is None:
        lens = [8] * 144 + [9] * 112 + [7] * 24 + [8] * 8
        lit = _build(lens, 288)
        dist = _build([5] * 30, 30)
        _FIXED = (lit, dist)
    return _FIXED


# gzip's checksum is binascii's crc32 (same polynomial and pre/post conditioning)
from binascii import crc32 as _crc32


def _adler32(data, a):
    s1 = a & 0xFFFF
    s2 = a >> 16
    n = len(data)
    i = 0
    while i < n:
        k = i + 5552
        if k > n:
            k = n
        for b in data[i:k]:
            s1 += b
            s2 += s1
        s1 %= 65521
        s2 %= 65521
        i = k
    return (s2 << 16) | s1


# Compressor tables (fixed Huffman codes, bit-reversed for an LSB-first
# writer), built on first use.
_CTAB = None


def _comp_tables():
    global _CTAB
    if _CTAB is None:
        litc = []
        litl = []
        for v in range(256):
            if v < 144:
                litc.append(_rev(0x30 + v, 8))
                litl.append(8)
            else:
                litc.append(_rev(0x190 + v - 144, 9))
                litl.append(9)
        # length 3..258 -> code with its extra bits, and the bit count
        mc = [0] * 259
        ml = [0] * 259
        for s in range(29):
            sym = 257 + s
            if sym < 280:
                c = _rev(sym - 256, 7)
                cl = 7
            else:
                c = _rev(0xC0 + sym - 280, 8)
                cl = 8
            base = _LBASE[s]
            ext = _LEXT[s]
            for e in range(1 << ext):
                L = base + e
                if L > 258 or (L == 258 and s != 28):
                    break
                mc[L] = c | (e << cl)
                ml[L] = cl + ext
        d1 = [0] * 256      # distance-1 (< 256) -> distance code
        d2 = [0] * 256      # (distance-1) >> 7 -> distance code
        for dc in range(30):
            lo = _DBASE[dc]
            hi = lo + (1 << _DEXT[dc]) - 1
            if hi <= 256:
                for d in range(lo, hi + 1):
                    d1[d - 1] = dc
            else:
                for k in range((lo - 1) >> 7, ((hi - 1) >> 7) + 1):
                    d2[k] = dc
        drev = [_rev(dc, 5) for dc in range(30)]
        lidx = [0] * 259    # length 3..258 -> length symbol - 257
        for s in range(29):
            for L in range(_LBASE[s], _LBASE[s] + (1 << _LEXT[s])):
                if L <= 258:
                    lidx[L] = s
        lidx[258] = 28
        _CTAB = (litc, litl, mc, ml, d1, d2, drev, lidx)
    return _CTAB


def _huff_lengths(freq, limit):
    # Huffman code lengths for the frequencies, at most limit bits (the
    # frequencies get flattened until the tree is shallow enough); a code
    # with a single symbol gets a second one so that it is complete.
    n = len(freq)
    used = [i for i in range(n) if freq[i]]
    if len(used) < 2:
        freq = list(freq)
        for i in range(n):
            if not freq[i]:
                freq[i] = 1
                if len(used) + 1 >= 2:
                    break
                used.append(i)
    while True:
        leaves = sorted([(freq[i], i) for i in range(n) if freq[i]])
        m = len(leaves)
        parent = [0] * (2 * m)
        weight = [w for w, _ in leaves] + [0] * m
        # two-queue construction: leaves 0..m-1, internal nodes m..2m-2
        i1 = 0
        i2 = m
        nxt = m
        while nxt < 2 * m - 1:
            pair = []
            for _ in range(2):
                if i1 < m and (i2 >= nxt or weight[i1] <= weight[i2]):
                    pair.append(i1)
                    i1 += 1
                else:
                    pair.append(i2)
                    i2 += 1
            weight[nxt] = weight[pair[0]] + weight[pair[1]]
            parent[pair[0]] = nxt
            parent[pair[1]] = nxt
            nxt += 1
        depth = [0] * (2 * m)
        for k in range(2 * m - 3, -1, -1):
            depth[k] = depth[parent[k]] + 1
        lens = [0] * n
        deepest = 0
        for k in range(m):
            d = depth[k]
            lens[leaves[k][1]] = d
            if d > deepest:
                deepest = d
        if deepest <= limit:
            return lens
        freq = [(f + 1) >> 1 for f in freq]


def _huff_codes(lens):
    # canonical codes, bit-reversed for the LSB-first writer
    count = [0] * 16
    for l in lens:
        count[l] += 1
    count[0] = 0
    nxt = [0] * 16
    code = 0
    for l in range(1, 16):
        code = (code + count[l - 1]) << 1
        nxt[l] = code
    codes = [0] * len(lens)
    for i in range(len(lens)):
        l = lens[i]
        if l:
            codes[i] = _rev(nxt[l], l)
            nxt[l] += 1
    return codes


def _rle_lengths(seq):
    # code length sequence -> (symbol, extra bit count, extra value) items
    out = []
    n = len(seq)
    i = 0
    while i < n:
        l = seq[i]
        run = 1
        while i + run < n and seq[i + run] == l:
            run += 1
        if l == 0 and run >= 3:
            while run >= 11:
                r = run if run < 138 else 138
                out.append((18, 7, r - 11))
                run -= r
                i += r
            if run >= 3:
                out.append((17, 3, run - 3))
                i += run
                run = 0
        elif l and run >= 4:
            out.append((l, 0, 0))
            i += 1
            run -= 1
            while run >= 3:
                r = run if run < 6 else 6
                out.append((16, 2, r - 3))
                run -= r
                i += r
        while run > 0:
            out.append((l, 0, 0))
            i += 1
            run -= 1
    return out


def _bytes_arg(data):
    if isinstance(data, str):
        return data.encode()
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, memoryview):
        return bytes(data)
    raise TypeError("object with buffer protocol required")


class DeflateIO:
    def __init__(self, stream, format=AUTO, wbits=0, close=False):
        if not isinstance(format, int) or format < AUTO or format > GZIP:
            raise ValueError('format')
        if wbits != 0 and (wbits < 5 or wbits > 15):
            raise ValueError('wbits')
        self._stream = stream
        self._format = format
        self._wbits = wbits
        self._close = bool(close)
        self._rd = False         # reading initialised
        self._wr = False         # writing initialised

    # -- context manager / closing ------------------------------------------

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def close(self):
        stream = self._stream
        if stream is None:
            return
        try:
            if self._wr:
                self._compress(True)
                out = self._block(True)
                # pad to a byte
                bc = self._wbc
                bb = self._wbb
                while bc > 0:
                    out.append(bb & 0xFF)
                    bb >>= 8
                    bc -= 8
                self._wbb = 0
                self._wbc = 0
                c = self._wsum
                if self._format == ZLIB:
                    out.append((c >> 24) & 0xFF)
                    out.append((c >> 16) & 0xFF)
                    out.append((c >> 8) & 0xFF)
                    out.append(c & 0xFF)
                elif self._format == GZIP:
                    n = self._wlen & 0xFFFFFFFF
                    for v in (c, n):
                        out.append(v & 0xFF)
                        out.append((v >> 8) & 0xFF)
                        out.append((v >> 16) & 0xFF)
                        out.append((v >> 24) & 0xFF)
                stream.write(bytes(out))
        finally:
            self._stream = None
            self._wr = False
            if self._close:
                stream.close()

    def _check_open(self):
        if self._stream is None:
            raise OSError(_EINVAL)

    # -- decompression: input --------------------------------------------------

    def _init_read(self):
        self._check_open()
        if self._rd:
            if self._err:
                raise OSError(_EINVAL)
            return
        stream = self._stream
        self._inp = b''
        self._ipos = 0
        self._eof = False
        self._pad = 0
        self._chunk = 1
        try:
            # a stream that can seek back gets read in chunks; the bytes read
            # beyond the end of the compressed data are given back at the end
            stream.tell()
            if hasattr(stream, 'seek'):
                self._chunk = 256
        except Exception:
            pass
        self._err = False
        self._rd = True
        self._bb = 0
        self._bc = 0
        self._state = 0          # 0 block header, 1 Huffman, 2 stored, 3 end
        self._final = False
        self._out = bytearray()
        self._opos = 0
        self._total = 0
        self._sumkind = 0        # 0 none, 1 adler32, 2 crc32
        self._sum = 0
        try:
            self._header()
        except OSError:
            self._err = True
            raise

    def _more(self):
        # next input chunk for the bit reader; past the end, zero bytes
        # (the lookahead may need a few), counted in _pad
        if not self._eof:
            d = self._stream.read(self._chunk)
            if d:
                return d
            self._eof = True
        self._pad += 1
        if self._pad > 8:
            raise EOFError
        return b'\x00'

    def _byte(self):
        if self._ipos >= len(self._inp):
            if self._eof:
                raise EOFError
            d = self._stream.read(self._chunk)
            if not d:
                self._eof = True
                raise EOFError
            self._inp = d
            self._ipos = 0
        b = self._inp[self._ipos]
        self._ipos += 1
        return b

    def _header(self):
        fmt = self._format
        wbits = self._wbits
        if fmt == RAW:
            if wbits == 0:
                wbits = 8
        else:
            b0 = self._byte()
            b1 = self._byte()
            if b0 == 0x1F and b1 == 0x8B:
                if fmt == ZLIB:
                    raise _corrupt()
                self._gzip_header(b0, b1)
                hw = 15
                self._sumkind = 2
            else:
                if fmt == GZIP:
                    raise _corrupt()
                if (b0 & 0x0F) != 8 or (b0 >> 4) > 7 or \
                        (b0 * 256 + b1) % 31 != 0 or (b1 & 0x20):
                    raise _corrupt()
                hw = (b0 >> 4) + 8
                self._sumkind = 1
                self._sum = 1
            if wbits == 0 or hw < wbits:
                wbits = hw
        self._wsize = 1 << wbits

    def _gzip_header(self, b0, b1):
        byte = self._byte
        hdr = bytearray([b0, b1])
        for _ in range(8):
            hdr.append(byte())
        if hdr[2] != 8:
            raise _corrupt()
        flg = hdr[3]
        if flg & 0xE0:
            raise _corrupt()
        if flg & 4:          # FEXTRA
            lo = byte()
            hi = byte()
            hdr.append(lo)
            hdr.append(hi)
            for _ in range(lo | (hi << 8)):
                hdr.append(byte())
        if flg & 8:          # FNAME
            while True:
                c = byte()
                hdr.append(c)
                if c == 0:
                    break
        if flg & 16:         # FCOMMENT
            while True:
                c = byte()
                hdr.append(c)
                if c == 0:
                    break
        if flg & 2:          # FHCRC
            lo = byte()
            hi = byte()
            if (lo | (hi << 8)) != (_crc32(hdr, 0) & 0xFFFF):
                raise _corrupt()

    def _bits(self, n):
        bb = self._bb
        bc = self._bc
        while bc < n:
            if self._ipos < len(self._inp):
                bb |= self._inp[self._ipos] << bc
                self._ipos += 1
            else:
                self._inp = self._more()
                self._ipos = 0
                continue
            bc += 8
        self._bb = bb >> n
        self._bc = bc - n
        return bb & ((1 << n) - 1)

    def _check_pad(self):
        # the bits used so far must not reach into the zero padding
        if self._pad and self._bc < 8 * self._pad:
            raise EOFError

    # -- decompression: blocks ---------------------------------------------------

    def _produce(self):
        # decode some more output into self._out; update the checksum
        st = self._state
        out = self._out
        start = len(out)
        if st == 0:
            if self._final:
                self._trailer()
                self._state = 3
                return
            self._final = self._bits(1)
            kind = self._bits(2)
            if kind == 0:
                self._bits(self._bc & 7)
                n = self._bits(16)
                if n != (self._bits(16) ^ 0xFFFF):
                    raise _corrupt()
                self._left = n
                self._state = 2
            elif kind == 1:
                self._lit, self._dist = _fixed_tables()
                self._state = 1
            elif kind == 2:
                self._dynamic()
                self._state = 1
            else:
                raise _corrupt()
            self._check_pad()
            return
        if st == 1:
            if self._huff(start + 16384):
                self._state = 0
        elif st == 2:
            self._stored()
        self._check_pad()
        k = self._sumkind
        if k and len(out) > start:
            if k == 1:
                self._sum = _adler32(out[start:], self._sum)
            else:
                self._sum = _crc32(out[start:], self._sum)

    def _stored(self):
        out = self._out
        left = self._left
        if left > 16384:
            left = 16384
        self._left -= left
        # whole bytes still in the bit buffer come first
        while left and self._bc >= 8:
            if self._bc - 8 < 8 * self._pad:
                raise EOFError
            out.append(self._bb & 0xFF)
            self._bb >>= 8
            self._bc -= 8
            left -= 1
        while left:
            if self._ipos >= len(self._inp):
                if self._eof:
                    raise EOFError
                d = self._stream.read(self._chunk if left < self._chunk
                                      else left)
                if not d:
                    self._eof = True
                    raise EOFError
                self._inp = d
                self._ipos = 0
            i = self._ipos
            k = len(self._inp) - i
            if k > left:
                k = left
            out += self._inp[i:i + k]
            self._ipos = i + k
            left -= k
        if not self._left:
            self._state = 0

    def _dynamic(self):
        bits = self._bits
        hlit = bits(5) + 257
        hdist = bits(5) + 1
        hclen = bits(4) + 4
        if hlit > 286 or hdist > 30:
            raise _corrupt()
        cl = [0] * 19
        for i in range(hclen):
            cl[_CLORDER[i]] = bits(3)
        t1, subs, smask = _build(cl, 19)
        n = hlit + hdist
        lens = []
        while len(lens) < n:
            bb = self._bb
            if self._bc < 7:
                self._need7()
                bb = self._bb
            e = t1[bb & _PMASK]
            l = e & 15
            if not l:
                raise _corrupt()
            self._bb = bb >> l
            self._bc -= l
            sym = e >> 4
            if sym < 16:
                lens.append(sym)
                continue
            if sym == 16:
                if not lens:
                    raise _corrupt()
                v = lens[-1]
                r = 3 + bits(2)
            elif sym == 17:
                v = 0
                r = 3 + bits(3)
            else:
                v = 0
                r = 11 + bits(7)
            if len(lens) + r > n:
                raise _corrupt()
            lens += [v] * r
        if not lens[256]:
            raise _corrupt()
        self._lit = _build(lens, hlit)
        self._dist = _build(lens[hlit:], hdist)

    def _need7(self):
        while self._bc < 7:
            if self._ipos < len(self._inp):
                self._bb |= self._inp[self._ipos] << self._bc
                self._ipos += 1
                self._bc += 8
            else:
                self._inp = self._more()
                self._ipos = 0

    def _huff(self, limit):
        # Decode symbols until the end of the block (returns True) or until
        # the output reaches limit bytes (returns False).
        lt1, lsubs, lsm = self._lit
        dt1, dsubs, dsm = self._dist
        out = self._out
        bb = self._bb
        bc = self._bc
        inp = self._inp
        ipos = self._ipos
        ilen = len(inp)
        wsize = self._wsize
        # bytes output before self._out[0] (trimmed away)
        before = self._total - len(out)
        LBASE = _LBASE
        LEXT = _LEXT
        DBASE = _DBASE
        DEXT = _DEXT
        done = False
        try:
            while len(out) < limit:
                while bc < 20:
                    if ipos < ilen:
                        bb |= inp[ipos] << bc
                        ipos += 1
                        bc += 8
                    else:
                        self._ipos = ipos
                        inp = self._more()
                        ipos = 0
                        ilen = len(inp)
                        self._inp = inp
                e = lt1[bb & 511]
                if e < 0:
                    e = lsubs[-e - 1][(bb >> 9) & lsm]
                l = e & 15
                if not l:
                    raise _corrupt()
                bb >>= l
                bc -= l
                sym = e >> 4
                if sym < 256:
                    out.append(sym)
                    continue
                if sym == 256:
                    done = True
                    break
                sym -= 257
                if sym >= 29:
                    raise _corrupt()
                ext = LEXT[sym]
                length = LBASE[sym] + (bb & ((1 << ext) - 1))
                bb >>= ext
                bc -= ext
                while bc < 28:
                    if ipos < ilen:
                        bb |= inp[ipos] << bc
                        ipos += 1
                        bc += 8
                    else:
                        self._ipos = ipos
                        inp = self._more()
                        ipos = 0
                        ilen = len(inp)
                        self._inp = inp
                e = dt1[bb & 511]
                if e < 0:
                    e = dsubs[-e - 1][(bb >> 9) & dsm]
                l = e & 15
                if not l:
                    raise _corrupt()
                bb >>= l
                bc -= l
                sym = e >> 4
                ext = DEXT[sym]
                dist = DBASE[sym] + (bb & ((1 << ext) - 1))
                bb >>= ext
                bc -= ext
                if dist > wsize or dist > before + len(out):
                    raise _corrupt()
                start = len(out) - dist
                if dist >= length:
                    out += out[start:start + length]
                else:
                    seg = out[start:]
                    out += (seg * (length // dist + 1))[:length]
        finally:
            self._bb = bb
            self._bc = bc
            self._inp = inp
            self._ipos = ipos
        return done

    def _trailer(self):
        # after the last block: drop the bits up to the byte boundary, give
        # the whole bytes still in the bit buffer back to the input
        self._bits(self._bc & 7)
        real = (self._bc >> 3) - self._pad
        if real < 0:
            raise EOFError
        rest = bytearray()
        bb = self._bb
        for _ in range(real):
            rest.append(bb & 0xFF)
            bb >>= 8
        self._bb = 0
        self._bc = 0
        self._pad = 0
        self._inp = bytes(rest) + self._inp[self._ipos:]
        self._ipos = 0
        byte = self._byte
        k = self._sumkind
        if k == 1:
            v = 0
            for _ in range(4):
                v = (v << 8) | byte()
            if v != self._sum:
                raise _corrupt()
        elif k == 2:
            v = 0
            n = 0
            for i in range(4):
                v |= byte() << (8 * i)
            for i in range(4):
                n |= byte() << (8 * i)
            if v != self._sum or n != self._total & 0xFFFFFFFF:
                raise _corrupt()
        # give back what was read beyond the end of the compressed data
        extra = len(self._inp) - self._ipos
        if extra:
            try:
                self._stream.seek(-extra, 1)
            except Exception:
                pass
        self._inp = b''
        self._ipos = 0

    def _fill(self, n):
        # make at least n bytes available in _out after _opos (n < 0: all),
        # unless the end of the stream comes first
        if self._err:
            raise OSError(_EINVAL)
        try:
            while self._state != 3 and (n < 0 or
                                        len(self._out) - self._opos < n):
                before = len(self._out)
                self._produce()
                self._total += len(self._out) - before
        except OSError:
            self._err = True
            if self._pad and self._bc < 8 * self._pad:
                # the bad bits were the zero padding: the data was cut short
                raise EOFError
            raise

    def _take(self, n):
        out = self._out
        p = self._opos
        avail = len(out) - p
        if n < 0 or n > avail:
            n = avail
        data = bytes(out[p:p + n])
        p += n
        # keep at least one window of history
        w = self._wsize
        if p > w + 16384:
            cut = p - w
            del out[:cut]
            p -= cut
        self._opos = p
        return data

    # -- decompression: stream methods ---------------------------------------------

    def read(self, n=-1):
        self._init_read()
        if n is None:
            n = -1
        self._fill(n)
        return self._take(n)

    def readinto(self, buf, n=-1):
        self._init_read()
        size = len(buf)
        if n >= 0 and n < size:
            size = n
        self._fill(size)
        data = self._take(size)
        k = len(data)
        buf[0:k] = data
        return k

    def readline(self, size=-1):
        self._init_read()
        if size is None:
            size = -1
        while True:
            out = self._out
            i = out.find(b'\n', self._opos)
            if i >= 0:
                n = i + 1 - self._opos
                if size >= 0 and n > size:
                    n = size
                return self._take(n)
            avail = len(out) - self._opos
            if self._state == 3 or (size >= 0 and avail >= size):
                return self._take(size)
            self._fill(avail + 1)

    # -- compression -------------------------------------------------------------------

    def _init_write(self):
        self._check_open()
        if self._wr:
            return
        wbits = self._wbits or 8
        self._cwsize = 1 << wbits
        fmt = self._format
        if fmt == ZLIB:
            cinfo = wbits - 8
            if cinfo < 1:
                cinfo = 1
            cmf = 0x08 | (cinfo << 4)
            flg = 0x80
            flg |= 31 - ((cmf * 256 + flg) % 31)
            self._stream.write(bytes([cmf, flg]))
            self._wsum = 1
        elif fmt == GZIP:
            self._stream.write(b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x04\x03')
            self._wsum = 0
        else:
            self._wsum = 0
        self._wlen = 0
        self._cbuf = bytearray()
        self._cbase = 0
        self._cpos = 0
        self._head = [_FAR] * 4096
        self._prev = [_FAR] * self._cwsize
        self._syms = []          # the symbols of the current block
        self._wbb = 0
        self._wbc = 0
        self._wr = True

    def write(self, data):
        self._check_open()
        data = _bytes_arg(data)
        self._init_write()
        n = len(data)
        self._wlen += n
        if self._format == ZLIB:
            self._wsum = _adler32(data, self._wsum)
        elif self._format == GZIP:
            self._wsum = _crc32(data, self._wsum)
        self._cbuf += data
        self._compress(False)
        return n

    def _compress(self, final):
        # LZ77: append the data's literals and (length, distance) matches
        # to the current block; full blocks get written out
        buf = self._cbuf
        n = len(buf)
        end = n if final else n - 258
        i = self._cpos
        if i >= end:
            return
        head = self._head
        prev = self._prev
        wsize = self._cwsize
        wmask = wsize - 1
        base = self._cbase
        syms = self._syms
        bmax = _BLOCK_SYMS
        out = None
        while i < end:
            best = 2
            bd = 0
            if i + 2 < n:
                c0 = buf[i]
                h = ((c0 << 7) ^ (buf[i + 1] << 4) ^ buf[i + 2]) & 4095
                p = head[h]
                ai = base + i
                head[h] = ai
                prev[ai & wmask] = p
                limit = ai - wsize
                maxm = n - i
                if maxm > 258:
                    maxm = 258
                chain = 24
                while p > limit and chain:
                    j = p - base
                    if buf[j + best] == buf[i + best] and buf[j] == c0:
                        l = 1
                        while l < maxm and buf[j + l] == buf[i + l]:
                            l += 1
                        if l > best:
                            best = l
                            bd = ai - p
                            if l >= maxm:
                                break
                    q = prev[p & wmask]
                    if q >= p:
                        break
                    p = q
                    chain -= 1
            if bd:
                syms.append((best << 16) | bd)
                # insert the positions inside the match into the chains
                k = i + 1
                i += best
                stop = i if i < n - 2 else n - 2
                while k < stop:
                    h = ((buf[k] << 7) ^ (buf[k + 1] << 4) ^ buf[k + 2]) & 4095
                    ak = base + k
                    prev[ak & wmask] = head[h]
                    head[h] = ak
                    k += 1
            else:
                syms.append(buf[i])
                i += 1
            if len(syms) >= bmax:
                data = self._block(False)
                if out is None:
                    out = data
                else:
                    out += data
                syms = self._syms
        # drop the history older than one window
        if i > wsize + 8192:
            cut = i - wsize
            del buf[:cut]
            self._cbase = base + cut
            i -= cut
        self._cpos = i
        if out:
            self._stream.write(bytes(out))

    def _block(self, final):
        # Encode the collected symbols as one block (fixed or dynamic
        # Huffman codes, whichever is shorter); returns the whole bytes
        # written, the rest of the bits stay in _wbb/_wbc.
        litc, litl, mc, ml, d1, d2, drev, lidx = _comp_tables()
        LBASE = _LBASE
        LEXT = _LEXT
        DBASE = _DBASE
        DEXT = _DEXT
        syms = self._syms
        self._syms = []
        fl = [0] * 286
        fd = [0] * 30
        fl[256] = 1
        extra = 0
        fixed = 7          # the end-of-block code
        for v in syms:
            if v < 256:
                fl[v] += 1
                fixed += litl[v]
            else:
                L = v >> 16
                d = v & 0xFFFF
                fl[257 + lidx[L]] += 1
                dc = d1[d - 1] if d <= 256 else d2[(d - 1) >> 7]
                fd[dc] += 1
                fixed += ml[L] + 5
                extra += DEXT[dc]
        fixed += extra
        # the dynamic code
        ll = _huff_lengths(fl, 15)
        dl = _huff_lengths(fd, 15)
        hlit = 286
        while hlit > 257 and not ll[hlit - 1]:
            hlit -= 1
        hdist = 30
        while hdist > 1 and not dl[hdist - 1]:
            hdist -= 1
        items = _rle_lengths(ll[:hlit] + dl[:hdist])
        fc = [0] * 19
        for sym, nb, val in items:
            fc[sym] += 1
        cl = _huff_lengths(fc, 7)
        hclen = 19
        while hclen > 4 and not cl[_CLORDER[hclen - 1]]:
            hclen -= 1
        dyn = 14 + 3 * hclen + extra
        for sym, nb, val in items:
            dyn += cl[sym] + nb
        for k in range(286):
            if fl[k]:
                dyn += fl[k] * ll[k]
                if k > 256:
                    dyn += fl[k] * LEXT[k - 257]
        for k in range(30):
            if fd[k]:
                dyn += fd[k] * dl[k]
        out = bytearray()
        bb = self._wbb
        bc = self._wbc
        if dyn < fixed:
            bb |= (5 if final else 4) << bc    # BTYPE=10
            bc += 3
            bb |= ((hlit - 257) | ((hdist - 1) << 5) | ((hclen - 4) << 10)) << bc
            bc += 14
            for k in range(hclen):
                bb |= cl[_CLORDER[k]] << bc
                bc += 3
            cc = _huff_codes(cl)
            for sym, nb, val in items:
                bb |= (cc[sym] | (val << cl[sym])) << bc
                bc += cl[sym] + nb
                while bc >= 8:
                    out.append(bb & 0xFF)
                    bb >>= 8
                    bc -= 8
            lcode = _huff_codes(ll)
            dcode = _huff_codes(dl)
            for v in syms:
                if v < 256:
                    bb |= lcode[v] << bc
                    bc += ll[v]
                else:
                    L = v >> 16
                    d = v & 0xFFFF
                    s = lidx[L]
                    k = 257 + s
                    bb |= (lcode[k] | ((L - LBASE[s]) << ll[k])) << bc
                    bc += ll[k] + LEXT[s]
                    dc = d1[d - 1] if d <= 256 else d2[(d - 1) >> 7]
                    bb |= (dcode[dc] | ((d - DBASE[dc]) << dl[dc])) << bc
                    bc += dl[dc] + DEXT[dc]
                while bc >= 8:
                    out.append(bb & 0xFF)
                    bb >>= 8
                    bc -= 8
            bb |= lcode[256] << bc
            bc += ll[256]
        else:
            bb |= (3 if final else 2) << bc      # BTYPE=01
            bc += 3
            for v in syms:
                if v < 256:
                    bb |= litc[v] << bc
                    bc += litl[v]
                else:
                    L = v >> 16
                    d = v & 0xFFFF
                    bb |= mc[L] << bc
                    bc += ml[L]
                    dc = d1[d - 1] if d <= 256 else d2[(d - 1) >> 7]
                    bb |= (drev[dc] | ((d - DBASE[dc]) << 5)) << bc
                    bc += 5 + DEXT[dc]
                while bc >= 8:
                    out.append(bb & 0xFF)
                    bb >>= 8
                    bc -= 8
            bc += 7        # end of block: seven 0 bits
        while bc >= 8:
            out.append(bb & 0xFF)
            bb >>= 8
            bc -= 8
        self._wbb = bb
        self._wbc = bc
        return out
