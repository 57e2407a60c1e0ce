# fill_rect/hline/vline/rect(fill) must touch exactly the pixels that
# pixel() would set one by one (with clipping and strides), in every format;
# checked on pseudo-random rectangles by comparing the whole buffers.
import framebuf

FORMATS = [framebuf.MONO_VLSB, framebuf.MONO_HLSB, framebuf.MONO_HMSB,
           framebuf.GS2_HMSB, framebuf.GS4_HMSB, framebuf.GS8, framebuf.RGB565]
seed = 7


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return (seed >> 8) % n


bad = 0
checks = 0
for fmt in FORMATS:
    for t in range(25):
        w = 1 + rnd(20)
        h = 1 + rnd(12)
        stride = w + rnd(5)
        ba = bytearray(b'\x5a' * (2 * stride * h + 64))
        bb = bytearray(ba)
        a = framebuf.FrameBuffer(ba, w, h, fmt, stride)
        b = framebuf.FrameBuffer(bb, w, h, fmt, stride)
        for k in range(4):
            c = rnd(70000) - 100
            rx = rnd(w + 6) - 3
            ry = rnd(h + 6) - 3
            rw = rnd(w + 4) - 1
            rh = rnd(h + 4) - 1
            if k == 0:
                a.fill_rect(rx, ry, rw, rh, c)
            elif k == 1:
                a.rect(rx, ry, rw, rh, c, True)
            elif k == 2:
                a.hline(rx, ry, rw, c)
                rh = 1
            else:
                a.vline(rx, ry, rh, c)
                rw = 1
            for yy in range(ry, ry + rh):
                for xx in range(rx, rx + rw):
                    b.pixel(xx, yy, c)
            checks += 1
            if ba != bb:
                bad += 1
                print('mismatch', fmt, w, h, stride, k)
                bb[:] = ba
print('checks', checks, 'bad', bad)
