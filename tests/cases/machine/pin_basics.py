# machine.Pin and Signal on the host port's simulated board
from machine import Pin, Signal
import simboard

led = Pin(2, Pin.OUT)
print(led, led.value())
led.on(); print(led.value(), led())
led.off(); print(led.value())
led.high(); print(led.value())
led.low(); print(led.value())
led(1); print(led.value())
led.toggle(); print(led.value())
led.toggle(); print(led.value())
print(Pin(2) is led, Pin('P2') is led)
print(led.mode() == Pin.OUT)

# an input reads its pull, or what drives it from outside
b = Pin(5, Pin.IN, Pin.PULL_UP)
print('pull-up', b.value())
b.init(pull=Pin.PULL_DOWN)
print('pull-down', b.value())
simboard.drive(5, 1)
print('driven high', b.value())
simboard.drive(5, None)
print('released', b.value())

# open drain: drives low, lets go for 1 (the pull-up or the outside decides)
od = Pin(6, Pin.OPEN_DRAIN, Pin.PULL_UP, value=0)
print('od low', od.value())
od.value(1)
print('od released', od.value())
simboard.drive(6, 0)
print('od held low outside', od.value())
simboard.drive(6, None)

# value= on construction
p = Pin(8, Pin.OUT, value=1)
print('initial', p.value())

# Signal: an active-low LED
s = Signal(Pin(9, Pin.OUT), invert=True)
s.on(); print('signal on', s.value(), Pin(9).value())
s.off(); print('signal off', s.value(), Pin(9).value())
s2 = Signal(10, Pin.OUT)
s2.value(1); print('plain signal', s2(), Pin(10).value())

for bad in [(99,), ('nope',), (2, 42), (2, Pin.OUT, 17)]:
    try:
        Pin(*bad)
    except ValueError as e:
        print('ValueError', bad)
try:
    Pin(2.5)
except TypeError:
    print('TypeError')
