# neopixel on machine.bitstream, seen by a simulated WS2812 chain
import simboard, machine, time
from machine import Pin
from neopixel import NeoPixel

simboard.attach('ws2812', 4, 0, 4)
np = NeoPixel(Pin(4), 4)
print(len(np), np[0], np.timing)
np[0] = (255, 0, 0)
np[1] = (0, 255, 0)
np[2] = (0, 0, 255)
np[-1] = (1, 2, 3)
print(np[0], np[1], np[2], np[3], np[-1])
print(bytes(np.buf))
np.write()
print(['%06x' % simboard.get('ws2812', 4, 0, i) for i in range(4)])
np.fill((16, 32, 64))
print(np[2])
time.sleep_us(100)             # the line low >= 50 us: a new frame
np.write()
print(['%06x' % simboard.get('ws2812', 4, 0, i) for i in range(4)])

# RGBW, 400 kHz
simboard.attach('ws2812', 6, 0, 2)
w = NeoPixel(Pin(6), 2, bpp=4, timing=0)
w[0] = (1, 2, 3, 4)
w[1] = (5, 6, 7, 8)
print(w.timing, w[0], bytes(w.buf))
w.write()                       # 8 bytes to a 2-LED (6-byte) chain
print(['%06x' % simboard.get('ws2812', 6, 0, i) for i in range(2)])

# a strip with its own timing
t = NeoPixel(Pin(8), 1, timing=(350, 700, 700, 600))
print(t.timing)

for bad in [lambda: np[4], lambda: np.__setitem__(-5, (0, 0, 0)),
            lambda: NeoPixel(Pin(9), 1, bpp=2), lambda: NeoPixel(Pin(9), 1, timing=(1, 2))]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__)

# machine.bitstream itself
p = Pin(12, Pin.OUT, value=1)
simboard.attach('ws2812', 12, 0, 1)
machine.bitstream(p, 0, (400, 850, 800, 450), b'\xa5\x5a\x0f')
print(p.value(), '%06x' % simboard.get('ws2812', 12, 0, 0))
for args in [(p, 1, (1, 2, 3, 4), b'x'), (p, 0, (1, 2, 3), b'x'), (p, 0, (1, 2, 3, -4), b'x')]:
    try:
        machine.bitstream(*args)
    except ValueError:
        print('ValueError')
try:
    machine.bitstream(p, 0, (1, 2, 3, 4), 5)
except TypeError:
    print('TypeError')
try:
    machine.bitstream(Pin(13, Pin.IN), 0, (1, 2, 3, 4), b'x')
except OSError:
    print('OSError input pin')
for args in [('ws2812', 4, 0, 4), ('ws2812', 5, 0, 0)]:
    try:
        simboard.get(*args)
    except OSError:
        print('OSError get')
