# A parking sensor: an HC-SR04 measures the distance, eight NeoPixels show
# it (green far, red close).  Board: examples/board.hw.
from machine import Pin, time_pulse_us
from neopixel import NeoPixel
import time, simboard

trig = Pin(12, Pin.OUT, value=0)
echo = Pin(13, Pin.IN)
strip = NeoPixel(Pin(5), 8)


def distance_mm():
    trig.on()
    time.sleep_us(10)
    trig.off()
    us = time_pulse_us(echo, 1, 30000)
    return us * 343 // 2000 if us > 0 else None


for mm in (1200, 600, 250, 80):
    simboard.set('hcsr04', 12, 13, (0, mm))     # the car comes closer
    d = distance_mm()
    lit = max(0, min(8, 8 - d // 150))
    for i in range(8):
        strip[i] = (min(255, 32 * i), max(0, 255 - 32 * i), 0) if i < lit else (0, 0, 0)
    strip.write()
    shown = [simboard.get('ws2812', 5, 0, i) for i in range(8)]
    print('%4d mm: %s' % (d, ' '.join('%06x' % c for c in shown)))
    time.sleep_ms(100)
