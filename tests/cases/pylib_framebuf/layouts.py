# The byte layout of every format: pixels set one by one, the buffer
# printed; pixel() reads back; pixels outside are ignored / read as None.
import framebuf

FORMATS = [('MONO_VLSB', framebuf.MONO_VLSB), ('MONO_HLSB', framebuf.MONO_HLSB),
           ('MONO_HMSB', framebuf.MONO_HMSB), ('GS2_HMSB', framebuf.GS2_HMSB),
           ('GS4_HMSB', framebuf.GS4_HMSB), ('GS8', framebuf.GS8),
           ('RGB565', framebuf.RGB565)]
# the smallest buffers for 5x4 pixels
SIZE = {framebuf.MONO_VLSB: 5, framebuf.MONO_HLSB: 4, framebuf.MONO_HMSB: 4,
        framebuf.GS2_HMSB: 8, framebuf.GS4_HMSB: 12, framebuf.GS8: 20,
        framebuf.RGB565: 40}

print(framebuf.MVLSB == framebuf.MONO_VLSB)

for name, fmt in FORMATS:
    w, h = 5, 4
    buf = bytearray(SIZE[fmt])
    fb = framebuf.FrameBuffer(buf, w, h, fmt)
    print(name)
    fb.pixel(0, 0, 1)
    print(' (0,0)=1 ', buf)
    fb.pixel(1, 0, 2)
    fb.pixel(4, 0, 3)
    print(' row 0   ', buf)
    fb.pixel(0, 1, 0xABCD)
    fb.pixel(3, 3, -1)
    fb.pixel(2, 2, 7)
    print(' more    ', buf)
    for y in range(h):
        print(' ', [fb.pixel(x, y) for x in range(w)])
    before = bytes(buf)
    for x, y in [(-1, 0), (0, -1), (5, 0), (0, 4), (100, 100), (-5, -5)]:
        fb.pixel(x, y, 1)
        if fb.pixel(x, y) is not None:
            print(' outside read', x, y)
    print(' unchanged', bytes(buf) == before)
    fb.pixel(1, 0, 0)
    fb.pixel(0, 0, 0)
    print(' cleared ', buf)
    fb.fill(1)
    print(' fill 1  ', buf)
    fb.fill(0)
    print(' fill 0  ', buf)

# a stride larger than the width leaves the padding alone
for name, fmt in FORMATS:
    buf = bytearray(64)
    fb = framebuf.FrameBuffer(buf, 3, 3, fmt, 10)
    fb.fill(0xFFFF)
    print(name, 'stride 10', buf)
    print(' ', fb.pixel(2, 2), fb.pixel(3, 2))

# the buffer may be a memoryview on part of a bytearray
big = bytearray(b"\xee" * 12)
fb = framebuf.FrameBuffer(memoryview(big)[2:10], 4, 4, framebuf.GS4_HMSB)
fb.fill(0)
fb.pixel(1, 1, 5)
print(big)
