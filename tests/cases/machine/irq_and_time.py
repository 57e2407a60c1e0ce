# Pin IRQs run between bytecodes, with the Pin; ticks come from the board
import time, simboard, machine
from machine import Pin

events = []
def handler(pin):
    events.append(('irq', pin, pin.value()))

p = Pin(3, Pin.IN, Pin.PULL_DOWN)
p.irq(handler, Pin.IRQ_RISING)
simboard.drive(3, 1)            # an edge now: the handler runs before long
for i in range(3000):
    pass
print(events)
simboard.drive(3, 0)            # falling: not asked for
for i in range(3000):
    pass
print(len(events))

# disable_irq holds handlers back until enable_irq
state = machine.disable_irq()
simboard.drive(3, 1)
for i in range(3000):
    pass
print('held', len(events))
machine.enable_irq(state)
for i in range(3000):
    pass
print('after enable', len(events))

t = time.ticks_ms()
print(type(t).__name__, 0 <= t < 2 ** 30)
print(time.ticks_diff(time.ticks_add(t, 10), t))
print(machine.unique_id() == machine.unique_id(), type(machine.freq()).__name__)
try:
    machine.soft_reset()
except SystemExit:
    print('soft_reset raises SystemExit')
