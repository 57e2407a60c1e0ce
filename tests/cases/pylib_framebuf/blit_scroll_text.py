# blit (with a transparent key, a palette, a tuple source, clipping), scroll
# in every direction, and text with the built-in 8x8 font.
import framebuf


def show(title, fb, w, h):
    print(title)
    for y in range(h):
        row = ''
        for x in range(w):
            v = fb.pixel(x, y)
            row += '.' if v == 0 else ('#' if v == 1 else chr(ord('a') + v % 26))
        print(' ' + row)


# a 4x3 GS8 sprite with colours 0..4
sprite_buf = bytearray([1, 2, 2, 1,
                        2, 0, 0, 2,
                        3, 4, 4, 3])
sprite = framebuf.FrameBuffer(sprite_buf, 4, 3, framebuf.GS8)
dst = framebuf.FrameBuffer(bytearray(10 * 6), 10, 6, framebuf.GS8)
dst.fill(9)
dst.blit(sprite, 1, 1)
dst.blit(sprite, 6, 1, 0)
dst.blit(sprite, -2, 4)
dst.blit(sprite, 8, -1, 2)
dst.blit(sprite, 10, 0)
dst.blit(sprite, 0, 6)
dst.blit(sprite, -4, 0)
show('blit gs8', dst, 10, 6)

# a mono sprite drawn into RGB565 through a 2-entry palette
mono = framebuf.FrameBuffer(bytearray([0b10100000, 0b01000000, 0b10100000]),
                            3, 3, framebuf.MONO_HLSB)
pal = framebuf.FrameBuffer(bytearray(4), 2, 1, framebuf.RGB565)
pal.pixel(0, 0, 0x0000)
pal.pixel(1, 0, 0xF800)
rgb = framebuf.FrameBuffer(bytearray(2 * 4 * 4), 4, 4, framebuf.RGB565)
rgb.fill(0x1234)
rgb.blit(mono, 0, 0, -1, pal)
rgb.blit(mono, 2, 2, 0, pal)
print('rgb', [[hex(rgb.pixel(x, y)) for x in range(4)] for y in range(4)])

# a tuple (buffer, width, height, format[, stride]) as the source, and as
# the palette; bytes are fine for a source
g = framebuf.FrameBuffer(bytearray(6 * 3), 6, 3, framebuf.GS8)
g.blit((b'\x01\x02\x03\x04', 2, 2, framebuf.GS8), 0, 0)
g.blit([bytearray(b'\x05\x06\x00\x07\x08\x00'), 2, 2, framebuf.GS8, 3], 2, 0)
g.blit((bytearray([0b11000000]), 2, 1, framebuf.MONO_HLSB), 4, 1, -1,
       (bytearray([0, 25]), 2, 1, framebuf.GS8))
show('blit tuples', g, 6, 3)

# blit between the mono formats
vl = framebuf.FrameBuffer(bytearray(8), 8, 8, framebuf.MONO_VLSB)
vl.text('A', 0, 0)
hl = framebuf.FrameBuffer(bytearray(8), 8, 8, framebuf.MONO_HLSB)
hl.blit(vl, 0, 0)
hm = framebuf.FrameBuffer(bytearray(8), 8, 8, framebuf.MONO_HMSB)
hm.blit(hl, 0, 0)
g2 = framebuf.FrameBuffer(bytearray(16), 8, 8, framebuf.GS2_HMSB)
g2.blit(hm, 0, 0, -1, (bytearray([0b00011011]), 4, 1, framebuf.GS2_HMSB))
show('A via hlsb, hmsb, gs2 palette', g2, 8, 8)


def numbered():
    fb = framebuf.FrameBuffer(bytearray(5 * 4), 5, 4, framebuf.GS8)
    for y in range(4):
        for x in range(5):
            fb.pixel(x, y, 1 + x + 5 * y)
    return fb


for xs, ys in [(1, 0), (-1, 0), (0, 1), (0, -1), (2, 1), (-2, -1), (3, -2),
               (4, 3), (5, 0), (-5, 0), (0, 4), (0, -4), (0, 0), (100, -100)]:
    fb = numbered()
    fb.scroll(xs, ys)
    print('scroll', xs, ys, [[fb.pixel(x, y) for x in range(5)] for y in range(4)])

# the font
t = framebuf.FrameBuffer(bytearray(8 * 96), 96, 8, framebuf.MONO_VLSB)
for i in range(0, 96, 12):
    t.fill(0)
    t.text(''.join(chr(32 + i + k) for k in range(12)), 0, 0)
    show('font %d..%d' % (32 + i, 43 + i), t, 96, 8)

# clipping, colours, characters outside 32..127
t = framebuf.FrameBuffer(bytearray(2 * 20 * 10), 20, 10, framebuf.GS4_HMSB)
t.text('Ab', -3, -2, 2)
t.text('jy', 13, 4, 3)
show('text clipped', t, 20, 10)
t.fill(0)
t.text('\x01\u00e9', 0, 1)
t.text(b'~', 16, 1, 7)
show('text other bytes', t, 20, 10)
print(t.text('', 0, 0))
t.fill(0)
t.text('i\x00i', 0, 0)
show('text ends at NUL', t, 20, 10)
