# machine's buses and converters against the simulated board's parts
import simboard
from machine import I2C, SoftI2C, Pin, SPI, SoftSPI, UART, ADC, PWM, RTC

# an SHT3x-like sensor and a 24C32-like EEPROM on I2C bus 0
simboard.attach('sht3x', 0, 0x44)
simboard.attach('eeprom24', 0, 0x50, 4096)
i2c = I2C(0, scl=Pin(22), sda=Pin(21), freq=100000)
print(i2c, [hex(a) for a in i2c.scan()])

def crc8(data):
    crc = 0xff
    for b in data:
        crc ^= b
        for _ in range(8):
            crc = ((crc << 1) ^ 0x31) & 0xff if crc & 0x80 else (crc << 1) & 0xff
    return crc

def measure():
    i2c.writeto(0x44, b'\x24\x00')
    d = i2c.readfrom(0x44, 6)
    assert crc8(d[0:2]) == d[2] and crc8(d[3:5]) == d[5]
    return (-45 + 175 * (d[0] << 8 | d[1]) / 65535, 100 * (d[3] << 8 | d[4]) / 65535)

print('T %.2f RH %.2f' % measure())
simboard.set('sht3x', 0, 0x44, (0, 31500))
simboard.set('sht3x', 0, 0x44, (1, 12250))
print('T %.2f RH %.2f' % measure())
try:
    i2c.readfrom(0x44, 6)           # no measurement started: the sensor NACKs
except OSError as e:
    print('OSError', e.errno)

# EEPROM: 16-bit memory addresses, page writes wrap inside a 32-byte page
i2c.writeto_mem(0x50, 0x10, b'hello', addrsize=16)
print(i2c.readfrom_mem(0x50, 0x10, 5, addrsize=16))
buf = bytearray(3)
i2c.readfrom_mem_into(0x50, 0x11, buf, addrsize=16)
print(buf)
i2c.writeto_mem(0x50, 0x1e, b'ABCD', addrsize=16)
print(i2c.readfrom_mem(0x50, 0x00, 2, addrsize=16), i2c.readfrom_mem(0x50, 0x1e, 2, addrsize=16))
print(i2c.writevto(0x50, [b'\x01\x00', b'xy', b'z']), i2c.readfrom_mem(0x50, 0x100, 3, addrsize=16))
i2c.writeto(0x50, b'\x00\x10', False)          # set the address, no stop
print(i2c.readfrom(0x50, 5))

# nobody at 0x33: OSError(ENODEV), as MicroPython raises
for op in [lambda: i2c.writeto(0x33, b'x'), lambda: i2c.readfrom(0x33, 1)]:
    try:
        op()
    except OSError as e:
        print('OSError', e.errno)

# a soft I2C reaches the same parts
s = SoftI2C(scl=Pin(1), sda=Pin(0))
print([hex(a) for a in s.scan()])
s.start(); print(s.write(bytearray([0x50 << 1, 0x00, 0x10]))); s.stop()
s.start(); s.write(bytearray([0x50 << 1 | 1])); b = bytearray(2); s.readinto(b); s.stop()
print(b)

# a 25-series SPI flash with its chip select on pin 5
cs = Pin(5, Pin.OUT, value=1)
simboard.attach('spi_flash', 0, 5, 1 << 22)
spi = SPI(0, baudrate=2000000, polarity=0, phase=0)
print(spi)
cs(0); spi.write(b'\x9f'); print('jedec', spi.read(3)); cs(1)
cs(0); spi.write(b'\x06'); cs(1)                      # write enable
cs(0); spi.write(b'\x02\x00\x01\x00' + b'spi!'); cs(1)  # page program at 0x100
cs(0); spi.write(b'\x03\x00\x01\x00'); print(spi.read(4)); cs(1)
rx = bytearray(6)
cs(0); spi.write_readinto(b'\x03\x00\x01\x00\x00\x00', rx); cs(1)
print(rx[4:])
print('cs high', spi.read(2, 0xff))
soft = SoftSPI(baudrate=100000, sck=Pin(18), mosi=Pin(23), miso=Pin(19))
cs(0); soft.write(b'\x9f'); print('soft jedec', soft.read(3)); cs(1)

# a UART wired back to itself
u = UART(1, 115200, bits=8, parity=None, stop=1)
simboard.attach('uart_loopback', 1, 0)
print(u.write(b'ping\nrest'), u.any(), u.readline(), u.read(2), u.read(), u.read())
r = bytearray(4)
u.write(b'abcd'); print(u.readinto(r), r, u.txdone())

# ADC with a 1.65 V source, PWM read back
simboard.attach('adc', 3, 0, 1650000)
a = ADC(3)
print(a, a.read_u16(), a.read_uv())
p = PWM(Pin(2), freq=1000, duty_u16=16384)
print(p, p.freq(), p.duty_u16(), p.duty_ns())
p.duty_ns(250000); print(p.duty_u16())
p.freq(2000); print(p.freq(), p.duty_ns())
p.deinit()

# RTC: set, read back (the weekday is worked out from the date: 0 = Monday)
rtc = RTC()
rtc.datetime((2024, 1, 2, 0, 3, 4, 5, 0))
print(rtc.datetime()[:7])

for bad in [lambda: I2C(7), lambda: PWM(Pin(2), freq=0), lambda: PWM(Pin(2), duty_u16=70000),
            lambda: ADC(40), lambda: SPI(0, polarity=3), lambda: UART(1, bits=3)]:
    try:
        bad()
    except ValueError:
        print('ValueError')
