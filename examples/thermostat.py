# A thermostat: an SHT3x on I2C, a fan on the LED pin, a button that
# toggles it by hand (an IRQ), readings every 500 ms.
from machine import I2C, Pin
import time

i2c = I2C(0, scl=Pin(22), sda=Pin(21), freq=100000)
fan = Pin('LED', Pin.OUT, value=0)
button = Pin('BUTTON', Pin.IN, Pin.PULL_UP)
manual = False


def pressed(pin):
    global manual
    manual = not manual


button.irq(pressed, Pin.IRQ_FALLING)


def read_sht3x():
    i2c.writeto(0x44, b'\x24\x00')          # single shot, high repeatability
    time.sleep_ms(15)
    d = i2c.readfrom(0x44, 6)
    t = -45 + 175 * (d[0] << 8 | d[1]) / 65535
    rh = 100 * (d[3] << 8 | d[4]) / 65535
    return t, rh


for i in range(6):
    t, rh = read_sht3x()
    fan.value(manual or t > 30)
    print('%5d ms  %.1f C  %.0f %%RH  fan %s' % (time.ticks_ms(), t, rh,
                                              'on' if fan.value() else 'off'))
    time.sleep_ms(485)
