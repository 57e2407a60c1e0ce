# Lines, rectangles, ellipses and polygons, clipped at the edges; shown as
# ASCII art read back with pixel().
import framebuf

W = 24
H = 16


def new(fmt=framebuf.MONO_VLSB):
    size = {framebuf.MONO_VLSB: W * ((H + 7) // 8), framebuf.GS8: W * H,
            framebuf.RGB565: 2 * W * H, framebuf.MONO_HLSB: (W + 7) // 8 * H,
            framebuf.GS4_HMSB: (W + 1) // 2 * H}[fmt]
    return framebuf.FrameBuffer(bytearray(size), W, H, fmt)


def show(title, fb):
    print(title)
    for y in range(H):
        row = ''
        for x in range(W):
            v = fb.pixel(x, y)
            row += '.' if v == 0 else ('#' if v == 1 else chr(ord('a') + v % 26))
        print(' ' + row)


fb = new()
fb.hline(-3, 0, 10, 1)
fb.hline(20, 1, 10, 1)
fb.hline(5, 2, 0, 1)
fb.hline(5, 3, -4, 1)
fb.vline(0, 4, 100, 1)
fb.vline(23, -5, 9, 1)
fb.vline(24, 0, 5, 1)
fb.vline(-1, 0, 5, 1)
fb.fill_rect(3, 5, 4, 3, 1)
fb.fill_rect(-2, 14, 5, 5, 1)
fb.fill_rect(21, 13, 10, 10, 1)
fb.rect(8, 4, 6, 5, 1)
fb.rect(15, 5, 4, 4, 1, True)
fb.rect(10, 10, 1, 1, 1)
fb.rect(12, 10, 0, 3, 1)
fb.rect(14, 11, 8, 10, 1)
show('rects', fb)

fb = new()
fb.line(0, 0, 23, 5, 1)
fb.line(0, 15, 5, 0, 1)
fb.line(23, 15, 10, 12, 1)
fb.line(12, 2, 12, 2, 1)
fb.line(20, 0, 14, 9, 1)
fb.line(-10, 10, 30, 14, 1)
fb.line(8, 8, 16, 8, 1)
fb.line(6, 13, 6, 9, 1)
show('lines', fb)

fb = new(framebuf.GS8)
fb.line(2, 2, 21, 13, 3)
fb.line(21, 2, 2, 13, 5)
fb.line(11, 0, 12, 15, 7)
fb.line(-5, -5, 5, 30, 9)
show('lines gs8', fb)

fb = new()
fb.ellipse(6, 7, 5, 5, 1)
fb.ellipse(17, 7, 6, 3, 1, True)
fb.ellipse(17, 13, 3, 1, 1)
show('ellipses', fb)

fb = new(framebuf.GS4_HMSB)
fb.ellipse(11, 7, 10, 6, 1, False, 1)
fb.ellipse(11, 7, 10, 6, 2, False, 2)
fb.ellipse(11, 7, 10, 6, 3, False, 4)
fb.ellipse(11, 7, 10, 6, 4, False, 8)
fb.ellipse(11, 7, 4, 3, 5, True, 1 | 4)
fb.ellipse(11, 7, 4, 3, 6, True, 2 | 8)
show('ellipse quadrants', fb)

fb = new()
fb.ellipse(0, 0, 8, 6, 1)
fb.ellipse(23, 15, 5, 5, 1, True)
fb.ellipse(12, 8, 0, 4, 1)
fb.ellipse(16, 3, 3, 0, 1)
fb.ellipse(20, 6, 0, 0, 1)
fb.ellipse(12, 40, 3, 3, 1, True)
show('ellipses clipped', fb)

fb = new()
fb.poly(1, 1, [0, 0, 8, 0, 4, 6], 1)
fb.poly(12, 1, (0, 0, 10, 2, 6, 12, 2, 5), 1, True)
fb.poly(0, 9, bytearray([0, 0, 6, 3, 0, 6]), 1, True)
fb.poly(20, 10, [0, 0, 3, 3, 0, 6, 8], 1)
fb.poly(5, 5, [], 1)
show('polygons', fb)

fb = new()
# a concave shape (an arrow) and one going over the edges
fb.poly(2, 2, [0, 3, 6, 3, 6, 0, 11, 5, 6, 10, 6, 7, 0, 7], 1, True)
fb.poly(14, 0, [-4, -4, 14, 6, 4, 20], 1, True)
show('polygons filled', fb)

fb = new(framebuf.MONO_HLSB)
fb.poly(0, 0, [2, 2, 20, 2, 20, 12, 2, 12], 1, True)
fb.poly(0, 0, [6, 4, 16, 4, 11, 10], 0, True)
fb.poly(0, 0, [11, 0, 11, 15], 1)
show('polygons hlsb', fb)
