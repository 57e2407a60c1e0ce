# Bad arguments: buffers too small (checked exactly at the limit), bad
# formats and sizes, read-only or non-buffer objects, non-integer values;
# FrameBuffer subclasses.
import framebuf


def attempt(label, f):
    try:
        r = f()
        print(label, 'ok' if r is None or isinstance(r, framebuf.FrameBuffer) else r)
    except Exception as e:
        print(label, type(e).__name__)


FB = framebuf.FrameBuffer
# (format, width, height, stride, smallest buffer)
CASES = [(framebuf.MONO_VLSB, 10, 9, 10, 20), (framebuf.MONO_VLSB, 10, 8, 12, 10),
         (framebuf.MONO_VLSB, 3, 17, 5, 13),
         (framebuf.MONO_HLSB, 10, 3, 10, 6), (framebuf.MONO_HMSB, 9, 2, 17, 5),
         (framebuf.GS2_HMSB, 5, 2, 5, 4), (framebuf.GS2_HMSB, 4, 3, 6, 5),
         (framebuf.GS4_HMSB, 3, 2, 3, 4), (framebuf.GS4_HMSB, 3, 3, 5, 8),
         (framebuf.GS8, 3, 2, 5, 8), (framebuf.RGB565, 3, 2, 3, 12),
         (framebuf.RGB565, 2, 3, 4, 20)]
for fmt, w, h, stride, n in CASES:
    attempt('fmt %d %dx%d/%d size %d' % (fmt, w, h, stride, n),
            lambda: FB(bytearray(n), w, h, fmt, stride))
    attempt('fmt %d %dx%d/%d size %d' % (fmt, w, h, stride, n - 1),
            lambda: FB(bytearray(n - 1), w, h, fmt, stride))

attempt('format 7', lambda: FB(bytearray(100), 4, 4, 7))
attempt('format -1', lambda: FB(bytearray(100), 4, 4, -1))
attempt('width 0', lambda: FB(bytearray(100), 0, 4, framebuf.GS8))
attempt('height 0', lambda: FB(bytearray(100), 4, 0, framebuf.GS8))
attempt('negative', lambda: FB(bytearray(100), -4, 4, framebuf.GS8))
attempt('stride < width', lambda: FB(bytearray(100), 4, 4, framebuf.GS8, 3))
attempt('bytes', lambda: FB(b'\x00' * 100, 4, 4, framebuf.GS8))
attempt('readonly view', lambda: FB(memoryview(b'\x00' * 100), 4, 4, framebuf.GS8))
attempt('list', lambda: FB([0] * 100, 4, 4, framebuf.GS8))
attempt('float width', lambda: FB(bytearray(100), 4.0, 4, framebuf.GS8))

fb = FB(bytearray(16), 4, 4, framebuf.GS8)
attempt('pixel float', lambda: fb.pixel(1.5, 1))
attempt('pixel str colour', lambda: fb.pixel(1, 1, '1'))
attempt('fill float', lambda: fb.fill(1.0))
attempt('line float', lambda: fb.line(0, 0, 3, 3.0, 1))
attempt('text int', lambda: fb.text(5, 0, 0))
attempt('blit int', lambda: fb.blit(5, 0, 0))
attempt('blit short tuple', lambda: fb.blit((bytearray(4), 2, 2), 0, 0))
attempt('blit small tuple', lambda: fb.blit((bytearray(3), 2, 2, framebuf.GS8), 0, 0))
attempt('poly int', lambda: fb.poly(0, 0, 5, 1))
attempt('bool args', lambda: fb.pixel(True, False, True))
print(fb.pixel(1, 0), fb.pixel(True, 0))


class Display(framebuf.FrameBuffer):
    def __init__(self, w, h):
        self.width = w
        self.height = h
        self.buffer = bytearray(w * ((h + 7) // 8))
        super().__init__(self.buffer, w, h, framebuf.MONO_VLSB)

    def show(self):
        for y in range(self.height):
            print(''.join('#' if self.pixel(x, y) else '.'
                          for x in range(self.width)))


d = Display(12, 6)
d.rect(0, 0, 12, 6, 1)
d.line(0, 0, 11, 5, 1)
d.show()
print(d.buffer)
other = FB(bytearray(12), 12, 6, framebuf.MONO_VLSB)
other.blit(d, 0, 0)
print(other.pixel(5, 2), other.pixel(5, 3))
legacy = framebuf.FrameBuffer1(bytearray(4), 4, 8)
legacy.pixel(0, 7, 1)
print(legacy.pixel(0, 7))
