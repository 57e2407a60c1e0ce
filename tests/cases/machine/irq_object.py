# Pin.irq() returns the pin's irq object: flags() inside a handler says which
# edge fired, trigger() reads and changes the trigger, calling it runs the
# handler; irq() with no arguments only returns the object.
import machine, time, simboard
from machine import Pin

p = Pin(7, Pin.IN)
seen = []


def handler(pin):
    seen.append((pin is p, irq.flags()))


irq = p.irq(handler, Pin.IRQ_RISING)
print(type(irq).__name__, irq is p.irq(), irq is p.irq())
print(irq.trigger() == Pin.IRQ_RISING, irq.flags())

simboard.drive(7, 1)
simboard.drive(7, 0)            # falling: not in the trigger
time.sleep_ms(1)
print(seen)

old = irq.trigger(Pin.IRQ_FALLING | Pin.IRQ_RISING)
print(old == Pin.IRQ_RISING, irq.trigger() == Pin.IRQ_FALLING | Pin.IRQ_RISING)
seen.clear()
simboard.drive(7, 1)
simboard.drive(7, 0)
time.sleep_ms(1)
print(seen == [(True, Pin.IRQ_RISING), (True, Pin.IRQ_FALLING)])

seen.clear()
irq()                           # as if the interrupt fired
print(seen)

# the handler still set after p.irq(): a no-argument call changes nothing
p.irq()
simboard.drive(7, 1)
time.sleep_ms(1)
print(len(seen))

# handler=None turns it off; the same object comes back
irq2 = p.irq(None)
print(irq2 is irq, irq.trigger())
simboard.drive(7, 0)
time.sleep_ms(1)
print(len(seen))
irq()                           # no handler: nothing happens
print(len(seen))
try:
    irq(1)
except TypeError:
    print('TypeError')
