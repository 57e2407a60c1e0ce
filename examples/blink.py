# MicroPython's first program: blink the LED.
from machine import Pin
import time

led = Pin('LED', Pin.OUT)
for i in range(5):
    led.on()
    time.sleep(0.5)
    led.off()
    time.sleep(0.5)
print('blinked at', time.ticks_ms(), 'ms')
