"""neopixel: WS2812 / SK6812 LED strips driven through machine.bitstream.

NeoPixel(pin, n, bpp=3, timing=1): n pixels of bpp bytes (3 = RGB, 4 =
RGBW), sent in the strip's order (G, R, B[, W]).  timing 1 = 800 kHz, 0 =
400 kHz, or a (t0h, t0l, t1h, t1l) tuple in ns.  Pixels are set and read
as (r, g, b[, w]) tuples; write() sends the buffer."""
from machine import bitstream


class NeoPixel:
    # where colour component k (r, g, b, w) goes within a pixel's bytes
    ORDER = (1, 0, 2, 3)

    def __init__(self, pin, n, bpp=3, timing=1):
        if bpp not in (3, 4):
            raise ValueError("bpp must be 3 or 4")
        if n < 0:
            raise ValueError("n must be >= 0")
        self.pin = pin
        self.n = n
        self.bpp = bpp
        self.buf = bytearray(n * bpp)
        pin.init(pin.OUT)
        if timing == 1:
            self.timing = (400, 850, 800, 450)
        elif timing == 0:
            self.timing = (800, 1700, 1600, 900)
        else:
            self.timing = tuple(timing)
            if len(self.timing) != 4:
                raise ValueError("timing must be 0, 1 or 4 values")

    def __len__(self):
        return self.n

    def _offset(self, i):
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("pixel index out of range")
        return i * self.bpp

    def __setitem__(self, i, v):
        off = self._offset(i)
        buf = self.buf
        order = self.ORDER
        for k in range(self.bpp):
            buf[off + order[k]] = v[k]

    def __getitem__(self, i):
        off = self._offset(i)
        buf = self.buf
        order = self.ORDER
        return tuple(buf[off + order[k]] for k in range(self.bpp))

    def fill(self, v):
        buf = self.buf
        order = self.ORDER
        bpp = self.bpp
        for k in range(bpp):
            c = v[k]
            for off in range(order[k], len(buf), bpp):
                buf[off] = c

    def write(self):
        bitstream(self.pin, 0, self.timing, self.buf)
