# CPython oracle used to write the .exp files (run a case with
# PYTHONPATH=_oracle python3 case.py): pixels in a grid, packed/unpacked
# to the user's buffer following the documented layouts; drawing ops follow
# MicroPython's C algorithms, written independently on the grid.
import sys
import os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from _make_font import table
FONT = table()
MONO_VLSB = MVLSB = 0; RGB565 = 1; GS4_HMSB = 2; MONO_HLSB = 3; MONO_HMSB = 4; GS2_HMSB = 5; GS8 = 6
MASK = {0: 1, 3: 1, 4: 1, 5: 3, 2: 15, 6: 255, 1: 0xffff}

def _byte_index(fmt, stride, x, y):
    if fmt == 0: return (y // 8) * stride + x, y % 8, 1
    if fmt == 3: return (y * stride + x) // 8, 7 - x % 8, 1
    if fmt == 4: return (y * stride + x) // 8, x % 8, 1
    if fmt == 5: return (y * stride + x) // 4, 2 * (x % 4), 3
    if fmt == 2: return (y * stride + x) // 2, 4 if x % 2 == 0 else 0, 15
    if fmt == 6: return y * stride + x, 0, 255
    raise ValueError

class FrameBuffer:
    def __init__(self, buf, w, h, fmt, stride=None, _ro=False):
        for v in (w, h, fmt) + ((stride,) if stride is not None else ()):
            if not isinstance(v, int): raise TypeError
        if stride is None: stride = w
        if w < 1 or h < 1 or stride < w: raise ValueError
        if fmt not in MASK: raise ValueError('invalid format')
        if not isinstance(buf, (bytearray, memoryview)) and not (_ro and isinstance(buf, bytes)):
            raise TypeError
        if fmt in (3, 4): stride = (stride + 7) // 8 * 8
        if fmt == 5: stride = (stride + 3) // 4 * 4
        if fmt == 2: stride = (stride + 1) // 2 * 2
        # minimal size: the last byte touched by the last pixel, +1
        if fmt == 1: need = 2 * ((h - 1) * stride + w)
        else: need = max(_byte_index(fmt, stride, x, y)[0] for x in (0, w - 1) for y in (0, h - 1)) + 1
        if fmt in (3, 4, 5, 2):
            # MicroPython counts whole rows of width rounded up to the byte
            per = {3: 8, 4: 8, 5: 4, 2: 2}[fmt]
            wr = (w + per - 1) // per * per
            need = ((h - 1) * stride + wr) // per
        if fmt == 0: need = ((h + 7) // 8 - 1) * stride + w
        if len(buf) < need: raise ValueError
        self.buf, self.w, self.h, self.fmt, self.stride = buf, w, h, fmt, stride
    def _get(self, x, y):
        if self.fmt == 1:
            i = 2 * (y * self.stride + x); return self.buf[i] | self.buf[i + 1] << 8
        i, sh, m = _byte_index(self.fmt, self.stride, x, y)
        return (self.buf[i] >> sh) & m
    def _set(self, x, y, c):
        if self.fmt == 1:
            c &= 0xffff; i = 2 * (y * self.stride + x)
            self.buf[i] = c & 255; self.buf[i + 1] = c >> 8; return
        i, sh, m = _byte_index(self.fmt, self.stride, x, y)
        v = (1 if c != 0 else 0) if m == 1 else c & m
        self.buf[i] = (self.buf[i] & ~(m << sh) & 255) | (v << sh)
    def _pt(self, x, y, c):
        if 0 <= x < self.w and 0 <= y < self.h: self._set(x, y, c)
    def _frect(self, x, y, w, h, c):
        for yy in range(y, y + h):
            for xx in range(x, x + w):
                self._pt(xx, yy, c)
    def fill(self, c): self._frect(0, 0, self.w, self.h, c)
    def fill_rect(self, x, y, w, h, c): self._frect(x, y, w, h, c)
    def hline(self, x, y, w, c): self._frect(x, y, w, 1, c)
    def vline(self, x, y, h, c): self._frect(x, y, 1, h, c)
    def rect(self, x, y, w, h, c, f=False):
        if f: self._frect(x, y, w, h, c)
        else:
            self._frect(x, y, w, 1, c); self._frect(x, y + h - 1, w, 1, c)
            self._frect(x, y, 1, h, c); self._frect(x + w - 1, y, 1, h, c)
    def pixel(self, x, y, *c):
        if not (isinstance(x, int) and isinstance(y, int)): raise TypeError
        if 0 <= x < self.w and 0 <= y < self.h:
            if not c: return self._get(x, y)
            self._set(x, y, c[0])
    def _line(self, x1, y1, x2, y2, c):
        dx, dy = abs(x2 - x1), abs(y2 - y1)
        sx = 1 if x2 > x1 else -1
        sy = 1 if y2 > y1 else -1
        pts = []
        if dy > dx:
            # walk along y
            a, b, da, db, sa, sb = y1, x1, dy, dx, sy, sx
            swap = True
        else:
            a, b, da, db, sa, sb = x1, y1, dx, dy, sx, sy
            swap = False
        e = 2 * db - da
        for _ in range(da):
            pts.append((b, a) if swap else (a, b))
            while e >= 0:
                b += sb; e -= 2 * da
            a += sa; e += 2 * db
        pts.append((x2, y2))
        for x, y in pts: self._pt(x, y, c)
    def line(self, x1, y1, x2, y2, c): self._line(x1, y1, x2, y2, c)
    def ellipse(self, cx, cy, a, b, c, f=False, m=15):
        m = (m & 15) | (16 if f else 0)
        def quad(x, y):
            for bit, sx, sy in ((1, 1, -1), (2, -1, -1), (4, -1, 1), (8, 1, 1)):
                if m & bit:
                    if m & 16:
                        x0 = cx if sx > 0 else cx - x
                        self._frect(x0, cy + sy * y, x + 1, 1, c)
                    else:
                        self._pt(cx + sx * x, cy + sy * y, c)
        if a == 0 and b == 0:
            quad(0, 0); return
        A2, B2 = a * a, b * b
        x, y = a, 0
        xch, ych, err = B2 * (1 - 2 * a), A2, 0
        sx_, sy_ = 2 * B2 * a, 0
        while sx_ >= sy_:
            quad(x, y)
            y += 1; sy_ += 2 * A2; err += ych; ych += 2 * A2
            if 2 * err + xch > 0:
                x -= 1; sx_ -= 2 * B2; err += xch; xch += 2 * B2
        x, y = 0, b
        xch, ych, err = B2, A2 * (1 - 2 * b), 0
        sx_, sy_ = 0, 2 * A2 * b
        while sx_ <= sy_:
            quad(x, y)
            x += 1; sx_ += 2 * B2; err += xch; xch += 2 * B2
            if 2 * err + ych > 0:
                y -= 1; sy_ -= 2 * A2; err += ych; ych += 2 * A2
    def poly(self, x, y, coords, c, f=False):
        p = list(coords); n = len(p) // 2
        if not n: return
        pts = [(p[2 * i], p[2 * i + 1]) for i in range(n)]
        # edges in the order the C code visits them
        edges = [(pts[0], pts[n - 1])] + [(pts[i], pts[i - 1]) for i in range(n - 1, 0, -1)]
        if not f:
            for (ax, ay), (bx, by) in edges: self._line(x + ax, y + ay, x + bx, y + by, c)
            return
        def cdiv(a, b):
            q = abs(a) // abs(b); return q if (a < 0) == (b < 0) else -q
        ys = [q[1] for q in pts]
        for row in range(min(ys), max(ys) + 1):
            nodes = []
            for (ax, ay), (bx, by) in edges:
                if ay != by and ((ay > row) != (by > row)):
                    nodes.append(cdiv(32 * ax + cdiv(32 * (bx - ax) * (row - ay), by - ay) + 16, 32))
                elif row == max(ay, by):
                    if ay < by: self._pt(x + bx, y + by, c)
                    elif by < ay: self._pt(x + ax, y + ay, c)
                    else: self._line(x + ax, y + ay, x + bx, y + by, c)
            nodes.sort()
            for i in range(0, len(nodes) - 1, 2):
                self._frect(x + nodes[i], y + row, nodes[i + 1] - nodes[i] + 1, 1, c)
    def blit(self, src, x, y, key=-1, palette=None):
        if isinstance(src, (tuple, list)): src = FrameBuffer(*src, _ro=True) if len(src) == 4 else FrameBuffer(src[0], src[1], src[2], src[3], src[4], _ro=True)
        elif not isinstance(src, FrameBuffer): raise TypeError
        if isinstance(palette, (tuple, list)): palette = FrameBuffer(*palette, _ro=True)
        for sy in range(src.h):
            for sx in range(src.w):
                dx, dy = x + sx, y + sy
                if 0 <= dx < self.w and 0 <= dy < self.h:
                    col = src._get(sx, sy)
                    if palette is not None: col = palette._get(col, 0)
                    if col != (key & 0xffffffff): self._set(dx, dy, col)
    def scroll(self, xs, ys):
        if abs(xs) >= self.w or abs(ys) >= self.h: 
            if not ((xs >= 0 and xs - 1 < self.w - 1) or (xs < 0 and self.w + xs > 0)): return
            if not ((ys >= 0 and ys - 1 < self.h - 1) or (ys < 0 and self.h + ys > 0)): return
        old = {(px, py): self._get(px, py) for px in range(self.w) for py in range(self.h)}
        # destination pixels whose source is inside move; others keep their value
        for py in range(self.h):
            for px in range(self.w):
                qx, qy = px - xs, py - ys
                if 0 <= qx < self.w and 0 <= qy < self.h:
                    self._set(px, py, old[(qx, qy)])
    def text(self, s, x, y, c=1):
        if isinstance(s, str): s = s.encode()
        elif not isinstance(s, (bytes, bytearray)): raise TypeError
        for i, ch in enumerate(s):
            if ch == 0: break
            if ch < 32 or ch > 127: ch = 127
            for j in range(8):
                col = FONT[(ch - 32) * 8 + j]
                for r in range(8):
                    if col >> r & 1: self._pt(x + 8 * i + j, y + r, c)
