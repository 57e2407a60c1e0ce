"""MD5, SHA-1 and SHA-256 in RPython, each with the interface of
rpython.rlib.rsha: R*(initial).update(s), digest(), hexdigest(), copy().

Words are plain ints kept in [0, 2**32) by masking: sums of a few such words
and left shifts by < 32 bits stay far below 2**63, so nothing overflows a
machine word (and plain ints are much faster than r_uint when untranslated;
rlib's rmd5/rsha take over a minute for 1 MB there)."""
import math
from rpython.rlib.rstring import StringBuilder

M32 = 0xFFFFFFFF
HEX = '0123456789abcdef'


def _rotr(x, n):
    return ((x >> n) | (x << (32 - n))) & M32


def _rotl(x, n):
    return ((x << n) | (x >> (32 - n))) & M32


class _BlockHash(object):
    """Merkle-Damgard framing shared by the three: 64-byte blocks, 0x80 then
    zeros then the bit length in 8 bytes.  Subclasses define _transform,
    _new, BIG_ENDIAN and the state list self.h."""
    _attrs_ = ['count', 'input', 'h', 'w']
    BIG_ENDIAN = True

    def _init(self, h_init, nwords):
        self.count = 0                  # total number of bytes
        self.input = ''                 # pending bytes of an incomplete block (< 64)
        self.h = list(h_init)
        self.w = [0] * nwords

    def _transform(self, s, start):
        raise NotImplementedError

    def _new(self):
        raise NotImplementedError

    def update(self, data):
        n = len(data)
        self.count += n
        i = 0
        if self.input:
            need = 64 - len(self.input)
            if n < need:
                self.input = self.input + data
                return
            assert need > 0
            block = self.input + data[:need]
            self._transform(block, 0)
            self.input = ''
            i = need
        while i + 64 <= n:
            self._transform(data, i)
            i += 64
        if i < n:
            assert i >= 0
            self.input = data[i:n]

    def copy(self):
        clone = self._new()
        clone.count = self.count
        clone.input = self.input
        clone.h = list(self.h)
        return clone

    def _final_state(self):
        """The state words after padding, computed on a copy (self is unchanged)."""
        clone = self.copy()
        bits = self.count * 8
        index = len(self.input)
        if index < 56:
            padlen = 56 - index
        else:
            padlen = 120 - index
        b = StringBuilder(padlen + 8)
        b.append('\x80')
        b.append_multiple_char('\x00', padlen - 1)
        for k in range(8):
            if self.BIG_ENDIAN:
                b.append(chr((bits >> (56 - 8 * k)) & 0xFF))
            else:
                b.append(chr((bits >> (8 * k)) & 0xFF))
        clone.update(b.build())
        assert not clone.input
        return clone.h

    def digest(self):
        h = self._final_state()
        b = StringBuilder(4 * len(h))
        for x in h:
            for k in range(4):
                if self.BIG_ENDIAN:
                    b.append(chr((x >> (24 - 8 * k)) & 0xFF))
                else:
                    b.append(chr((x >> (8 * k)) & 0xFF))
        return b.build()

    def hexdigest(self):
        s = self.digest()
        b = StringBuilder(2 * len(s))
        for c in s:
            b.append(HEX[ord(c) >> 4])
            b.append(HEX[ord(c) & 0xF])
        return b.build()


# ____________________________________________________________ SHA-256

K = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
    0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
    0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
    0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
    0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
    0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
    0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
    0xc67178f2]

H_INIT = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
          0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]


class RSHA256(_BlockHash):
    def __init__(self, initialdata=''):
        self._init(H_INIT, 64)
        self.update(initialdata)

    def _transform(self, s, start):
        """Compress the 64-byte block s[start:start+64] into self.h."""
        w = self.w
        for i in range(16):
            p = start + 4 * i
            w[i] = ((ord(s[p]) << 24) | (ord(s[p + 1]) << 16) |
                    (ord(s[p + 2]) << 8) | ord(s[p + 3]))
        for t in range(16, 64):
            x = w[t - 15]
            y = w[t - 2]
            s0 = _rotr(x, 7) ^ _rotr(x, 18) ^ (x >> 3)
            s1 = _rotr(y, 17) ^ _rotr(y, 19) ^ (y >> 10)
            w[t] = (w[t - 16] + s0 + w[t - 7] + s1) & M32
        h = self.h
        a = h[0]
        b = h[1]
        c = h[2]
        d = h[3]
        e = h[4]
        f = h[5]
        g = h[6]
        hh = h[7]
        for t in range(64):
            S1 = _rotr(e, 6) ^ _rotr(e, 11) ^ _rotr(e, 25)
            ch = (e & f) ^ (~e & g)
            t1 = (hh + S1 + (ch & M32) + K[t] + w[t]) & M32
            S0 = _rotr(a, 2) ^ _rotr(a, 13) ^ _rotr(a, 22)
            maj = (a & b) ^ (a & c) ^ (b & c)
            t2 = (S0 + maj) & M32
            hh = g
            g = f
            f = e
            e = (d + t1) & M32
            d = c
            c = b
            b = a
            a = (t1 + t2) & M32
        h[0] = (h[0] + a) & M32
        h[1] = (h[1] + b) & M32
        h[2] = (h[2] + c) & M32
        h[3] = (h[3] + d) & M32
        h[4] = (h[4] + e) & M32
        h[5] = (h[5] + f) & M32
        h[6] = (h[6] + g) & M32
        h[7] = (h[7] + hh) & M32

    def _new(self):
        return RSHA256()


# ____________________________________________________________ SHA-1

SHA1_INIT = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0]


class RSHA1(_BlockHash):
    def __init__(self, initialdata=''):
        self._init(SHA1_INIT, 80)
        self.update(initialdata)

    def _new(self):
        return RSHA1()

    def _transform(self, s, start):
        w = self.w
        for i in range(16):
            p = start + 4 * i
            w[i] = ((ord(s[p]) << 24) | (ord(s[p + 1]) << 16) |
                    (ord(s[p + 2]) << 8) | ord(s[p + 3]))
        for t in range(16, 80):
            w[t] = _rotl(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1)
        h = self.h
        a = h[0]
        b = h[1]
        c = h[2]
        d = h[3]
        e = h[4]
        for t in range(80):
            if t < 20:
                f = (b & c) | (~b & d)
                k = 0x5A827999
            elif t < 40:
                f = b ^ c ^ d
                k = 0x6ED9EBA1
            elif t < 60:
                f = (b & c) | (b & d) | (c & d)
                k = 0x8F1BBCDC
            else:
                f = b ^ c ^ d
                k = 0xCA62C1D6
            temp = (_rotl(a, 5) + (f & M32) + e + k + w[t]) & M32
            e = d
            d = c
            c = _rotl(b, 30)
            b = a
            a = temp
        h[0] = (h[0] + a) & M32
        h[1] = (h[1] + b) & M32
        h[2] = (h[2] + c) & M32
        h[3] = (h[3] + d) & M32
        h[4] = (h[4] + e) & M32


# ____________________________________________________________ MD5

MD5_INIT = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476]
MD5_S = [7, 12, 17, 22] * 4 + [5, 9, 14, 20] * 4 + [4, 11, 16, 23] * 4 + [6, 10, 15, 21] * 4
MD5_K = [int(abs(math.sin(i + 1)) * 4294967296.0) & M32 for i in range(64)]


class RMD5(_BlockHash):
    BIG_ENDIAN = False

    def __init__(self, initialdata=''):
        self._init(MD5_INIT, 16)
        self.update(initialdata)

    def _new(self):
        return RMD5()

    def _transform(self, s, start):
        w = self.w
        for i in range(16):
            p = start + 4 * i
            w[i] = ((ord(s[p + 3]) << 24) | (ord(s[p + 2]) << 16) |
                    (ord(s[p + 1]) << 8) | ord(s[p]))
        h = self.h
        a = h[0]
        b = h[1]
        c = h[2]
        d = h[3]
        for i in range(64):
            if i < 16:
                f = (b & c) | (~b & d)
                g = i
            elif i < 32:
                f = (d & b) | (~d & c)
                g = (5 * i + 1) & 15
            elif i < 48:
                f = b ^ c ^ d
                g = (3 * i + 5) & 15
            else:
                f = c ^ (b | ~d)
                g = (7 * i) & 15
            f = (f + a + MD5_K[i] + w[g]) & M32
            a = d
            d = c
            c = b
            b = (b + _rotl(f, MD5_S[i])) & M32
        h[0] = (h[0] + a) & M32
        h[1] = (h[1] + b) & M32
        h[2] = (h[2] + c) & M32
        h[3] = (h[3] + d) & M32
